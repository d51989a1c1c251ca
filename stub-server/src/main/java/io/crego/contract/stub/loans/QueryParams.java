package io.crego.contract.stub.loans;

import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.core.OperationContext;
import java.util.Optional;
import java.util.function.Function;

/** Optional query parameters read as the spec types them. */
final class QueryParams {

  private QueryParams() {}

  /**
   * The parameter's value, or null when absent or empty. The dispatcher has validated it; a value
   * that still does not parse is reported as the dispatcher would.
   */
  static <T> T optional(OperationContext context, String name, Function<String, T> parse) {
    Optional<String> value = context.query(name);
    if (value.isEmpty() || value.get().isEmpty()) {
      return null;
    }
    try {
      return parse.apply(value.get());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(ErrorDetails.query(name, "is not a valid " + name));
    }
  }
}
