package io.crego.contract.stub.reference;

import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.core.OperationContext;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The optional filters of the list operations, read as the spec types them. The dispatcher has
 * validated them already; a value that still does not parse (a handler called directly) is reported
 * as the dispatcher would.
 */
final class QueryFilters {

  private QueryFilters() {}

  /** The filter's value, or null when it is absent or empty (no filter). */
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

  static UUID uuid(OperationContext context, String name) {
    return optional(context, name, UUID::fromString);
  }
}
