package io.crego.contract.spec.contract;

/**
 * One way in which a request or a response breaks the contract.
 *
 * @param rule stable key of the broken rule ({@link Rules}), e.g. {@code response.body.schema.type}
 * @param in where the offending value was: body, query, path, header, or status
 * @param pointer JSON pointer (RFC 6901) within {@code in}: into the body, or {@code /name} of a
 *     parameter; "" for the whole body or for rules about the status line
 * @param keyword the schema keyword broken (required, type, enum, ...), or null for a rule that no
 *     schema keyword names
 * @param expected what the spec asks for
 * @param actual what was sent
 * @param message human-readable explanation; for a request, the short text a caller is shown
 * @param schemaLocation pointer into the spec of what was broken, or null
 */
public record RuleViolation(
    String rule,
    String in,
    String pointer,
    String keyword,
    String expected,
    String actual,
    String message,
    String schemaLocation) {

  /** One line: rule, where, expected and actual. */
  public String describe() {
    String where = pointer == null || pointer.isEmpty() ? "(root)" : pointer;
    String line =
        "["
            + rule
            + "] "
            + where
            + ": expected "
            + expected
            + ", actual "
            + actual
            + " — "
            + message;
    return schemaLocation == null ? line : line + " (schema " + schemaLocation + ")";
  }
}
