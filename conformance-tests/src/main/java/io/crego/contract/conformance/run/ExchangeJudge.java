package io.crego.contract.conformance.run;

import io.crego.contract.conformance.deviation.Deviation;
import io.crego.contract.conformance.deviation.Deviations;
import io.crego.contract.conformance.exchange.ContractViolation;
import io.crego.contract.conformance.exchange.ContractViolationError;
import io.crego.contract.conformance.exchange.ExchangeValidator;
import io.crego.contract.conformance.exchange.HttpExchange;
import io.crego.contract.spec.SpecOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Validates every exchange, sorts its violations into failures and warnings (known deviations),
 * logs it, and fails the current test when anything is left that no deviation explains.
 */
public final class ExchangeJudge {

  private final ExchangeValidator validator;
  private final Deviations deviations;
  private final ExchangeLog log;
  private final Supplier<String> currentTest;

  public ExchangeJudge(
      ExchangeValidator validator,
      Deviations deviations,
      ExchangeLog log,
      Supplier<String> currentTest) {
    this.validator = validator;
    this.deviations = deviations;
    this.log = log;
    this.currentTest = currentTest;
  }

  /**
   * Judges one exchange.
   *
   * @throws ContractViolationError listing every violation no known deviation explains
   */
  public void judge(SpecOperation op, HttpExchange exchange) {
    List<ContractViolation> failures = new ArrayList<>();
    List<RecordedExchange.Warning> warnings = new ArrayList<>();
    for (ContractViolation violation : validator.validate(op, exchange)) {
      Optional<Deviation> known = deviations.match(violation);
      if (known.isPresent()) {
        warnings.add(new RecordedExchange.Warning(violation, known.get()));
      } else {
        failures.add(violation);
      }
    }
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
