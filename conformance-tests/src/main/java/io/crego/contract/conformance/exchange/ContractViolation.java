package io.crego.contract.conformance.exchange;

import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.contract.RuleViolation;

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

  /** The engine's violation, seen on this exchange. */
  public static ContractViolation of(SpecOperation op, HttpExchange exchange, RuleViolation v) {
    return new ContractViolation(
        op.operationId(),
        exchange.method(),
        exchange.path(),
        exchange.status(),
        v.rule(),
        v.pointer(),
        v.expected(),
        v.actual(),
        v.message(),
        v.schemaLocation());
  }

  /** The violation as the engine states it, without the exchange. */
  public RuleViolation asRuleViolation() {
    return new RuleViolation(rule, null, pointer, null, expected, actual, message, schemaLocation);
  }

  /** One line: rule, where, expected and actual. */
  public String describe() {
    return asRuleViolation().describe();
  }

  /** The request the violation was seen on, e.g. {@code getRecord GET /v1/lms/records/x/ → 200}. */
  public String exchange() {
    return operationId + " " + method + " " + path + " → " + status;
  }
}
