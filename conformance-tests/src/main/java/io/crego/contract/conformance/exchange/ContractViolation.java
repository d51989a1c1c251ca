package io.crego.contract.conformance.exchange;

/**
 * One way in which an exchange breaks the spec.
 *
 * @param operationId the operation the request was for
 * @param method HTTP method
 * @param path the concrete path requested
 * @param status the status the target answered
 * @param rule stable key of the broken rule, e.g. {@code response.body.schema.required}
 * @param pointer JSON pointer into the response body ("" for the whole body or for rules about the
 *     status line and headers)
 * @param expected what the spec asks for
 * @param actual what the target sent
 * @param message human-readable explanation
 * @param schemaLocation pointer into the spec of the schema that was broken, or null
 */
public record ContractViolation(
    String operationId,
    String method,
    String path,
    int status,
    String rule,
    String pointer,
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

  /** The request the violation was seen on, e.g. {@code getRecord GET /v1/lms/records/x/ → 200}. */
  public String exchange() {
    return operationId + " " + method + " " + path + " → " + status;
  }
}
