package io.crego.contract.stub.api;

import io.crego.contract.spec.model.ErrorDetail;

/**
 * The spec's {@code ErrorDetail}s the stub names: one offending field of a request.
 *
 * <p>{@code in} is where it was sent (body, query, path or header); {@code field} a JSON pointer
 * (RFC 6901) within it, e.g. {@code /utr}, {@code /page_size}; {@code rule} what is wrong, for a
 * program: the schema keyword the value breaks (required, type, enum, minimum, format, ...), or
 * {@value #DOMAIN_RULE} for the stub's own checks (an unknown id, a state that forbids the call).
 */
public final class ErrorDetails {

  /** The rule of an error no schema keyword names. */
  public static final String DOMAIN_RULE = "invalid";

  private ErrorDetails() {}

  /**
   * @throws IllegalArgumentException when {@code in} is not one of the spec's locations
   */
  public static ErrorDetail of(String in, String field, String message, String rule) {
    return new ErrorDetail()
        .in(ErrorDetail.InEnum.fromValue(in))
        .field(field)
        .message(message)
        .rule(rule);
  }

  /** An error found by the stub's own checks rather than by the schema. */
  public static ErrorDetail of(String in, String field, String message) {
    return of(in, field, message, DOMAIN_RULE);
  }

  public static ErrorDetail body(String pointer, String message) {
    return of("body", pointer, message);
  }

  public static ErrorDetail query(String name, String message) {
    return of("query", "/" + name, message);
  }

  public static ErrorDetail path(String name, String message) {
    return of("path", "/" + name, message);
  }

  public static ErrorDetail header(String name, String message) {
    return of("header", "/" + name, message);
  }
}
