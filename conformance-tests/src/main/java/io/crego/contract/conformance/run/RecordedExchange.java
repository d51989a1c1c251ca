package io.crego.contract.conformance.run;

import io.crego.contract.conformance.exchange.ContractViolation;
import io.crego.contract.spec.contract.Deviation;
import java.util.List;

/**
 * One exchange the suite made, with its verdict.
 *
 * @param test the test that made it
 * @param operationId the operation called
 * @param method HTTP method
 * @param path concrete path
 * @param status the status answered
 * @param durationMillis how long it took
 * @param violations contract violations that fail the test
 * @param warnings violations matched by a known deviation
 */
public record RecordedExchange(
    String test,
    String operationId,
    String method,
    String path,
    int status,
    long durationMillis,
    List<ContractViolation> violations,
    List<Warning> warnings) {

  public RecordedExchange {
    violations = List.copyOf(violations);
    warnings = List.copyOf(warnings);
  }

  /** A violation that a known deviation explains. */
  public record Warning(ContractViolation violation, Deviation deviation) {}
}
