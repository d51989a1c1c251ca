package io.crego.contract.stub.api;

/**
 * One offending field of a request, as the spec's {@code ErrorDetail} names it.
 *
 * @param in where it was sent: body, query, path or header
 * @param field JSON pointer (RFC 6901) within {@code in}, e.g. {@code /utr}, {@code /page_size}
 * @param message what is wrong, for a person
 * @param rule what is wrong, for a program: the schema keyword the value breaks (required, type,
 *     enum, minimum, exclusiveMinimum, format, ...), or {@value #DOMAIN_RULE} for the stub's own
 *     checks (an unknown id, a state that forbids the call)
 */
public record FieldError(String in, String field, String message, String rule) {

  /** The rule of an error no schema keyword names. */
  public static final String DOMAIN_RULE = "invalid";

  /** An error found by the stub's own checks rather than by the schema. */
  public FieldError(String in, String field, String message) {
    this(in, field, message, DOMAIN_RULE);
  }

  public static FieldError body(String pointer, String message) {
    return new FieldError("body", pointer, message);
  }

  public static FieldError query(String name, String message) {
    return new FieldError("query", "/" + name, message);
  }

  public static FieldError path(String name, String message) {
    return new FieldError("path", "/" + name, message);
  }

  public static FieldError header(String name, String message) {
    return new FieldError("header", "/" + name, message);
  }
}
