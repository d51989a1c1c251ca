package io.crego.contract.spec;

/**
 * One way in which a JSON instance breaks its schema.
 *
 * @param instancePointer RFC 6901 pointer into the instance ("" for the root); for a missing
 *     required property it points at the property itself, e.g. {@code /utr}
 * @param keyword the schema keyword that failed: required, type, enum, format, ...
 * @param message human-readable text
 * @param expected what the schema asks for: the type, the enum values, the format, ...
 * @param actual the offending value as compact JSON, or {@code missing}
 */
public record Violation(
    String instancePointer, String keyword, String message, String expected, String actual) {

  @Override
  public String toString() {
    String where = instancePointer.isEmpty() ? "(root)" : instancePointer;
    return where
        + " ["
        + keyword
        + "] "
        + message
        + " (expected "
        + expected
        + ", actual "
        + actual
        + ")";
  }
}
