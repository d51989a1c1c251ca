package io.crego.contract.conformance.run;

import io.crego.contract.conformance.deviation.Deviations;
import io.crego.contract.conformance.exchange.ContractViolation;
import io.crego.contract.conformance.exchange.ContractViolationError;
import io.crego.contract.conformance.exchange.ExchangeValidator;
import io.crego.contract.conformance.exchange.HttpExchange;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.contract.ContractReport;
import java.util.List;
import java.util.function.Supplier;

/**
 * Validates every exchange, sorts its violations into failures and warnings (known deviations),
 * logs it, and fails the current test when anything is left that no deviation explains.
 */
public final class ExchangeJudge {

  private final ExchangeValidator validator;
  private final ExchangeLog log;
  private final Supplier<String> currentTest;

  public ExchangeJudge(
      ExchangeValidator validator,
      Deviations deviations,
      ExchangeLog log,
      Supplier<String> currentTest) {
    this.validator = validator.withDeviations(deviations);
    this.log = log;
    this.currentTest = currentTest;
  }

  /**
   * Judges one exchange.
   *
   * @throws ContractViolationError listing every violation no known deviation explains
   */
  public void judge(SpecOperation op, HttpExchange exchange) {
    ContractReport report = validator.report(op, exchange);
    List<ContractViolation> failures =
        report.violations().stream().map(v -> ContractViolation.of(op, exchange, v)).toList();
    List<RecordedExchange.Warning> warnings =
        report.tolerated().stream()
            .map(
                t ->
                    new RecordedExchange.Warning(
                        ContractViolation.of(op, exchange, t.violation()), t.deviation()))
            .toList();
    log.add(
        new RecordedExchange(
            currentTest.get(),
            op.operationId(),
            exchange.method(),
            exchange.path(),
            exchange.status(),
            exchange.durationMillis(),
            failures,
            warnings));
    if (!failures.isEmpty()) {
      throw new ContractViolationError(failures);
    }
  }
}
