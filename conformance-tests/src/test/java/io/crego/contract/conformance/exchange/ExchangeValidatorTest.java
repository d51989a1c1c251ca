package io.crego.contract.conformance.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.deviation.Deviations;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.contract.ContractReport;
import io.crego.contract.spec.contract.Deviation;
import io.crego.contract.spec.contract.Rules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The suite's view of the contract engine: each violation is told with the exchange it was seen on,
 * and a run's known deviations are tolerated by the engine itself. The rules are the engine's own
 * tests' ({@code spec/src/test/resources/contract/response-cases.yaml}).
 */
class ExchangeValidatorTest {

  private static final SpecOperation GET_RECORD =
      CregoSpec.get().operation("getRecord").orElseThrow();
  private static final HttpExchange UNDECLARED =
      new HttpExchange(
          "GET", "/v1/lms/records/x/", Map.of(), null, 418, "application/json", "{}", 1);

  private final ExchangeValidator validator = new ExchangeValidator(CregoSpec.get());

  @Test
  void aViolationIsToldWithTheExchangeItWasSeenOn() {
    List<ContractViolation> found = validator.validate(GET_RECORD, UNDECLARED);
    assertEquals(1, found.size(), found::toString);
    ContractViolation v = found.get(0);
    assertEquals(Rules.STATUS_UNDECLARED, v.rule());
    assertEquals("getRecord GET /v1/lms/records/x/ → 418", v.exchange());
    assertTrue(v.describe().startsWith("[response.status.undeclared] (root): expected one of"));
  }

  @Test
  void aKnownDeviationIsToleratedAndCountsAsUsed() {
    Deviations deviations =
        Deviations.of(
            List.of(
                new Deviation(
                    "TEAPOT", "getRecord", null, "response.status.undeclared", "why", null)));
    ExchangeValidator tolerant = validator.withDeviations(deviations);
    ContractReport report = tolerant.report(GET_RECORD, UNDECLARED);
    assertEquals(List.of(), tolerant.validate(GET_RECORD, UNDECLARED));
    assertEquals("TEAPOT", report.tolerated().get(0).deviation().id());
    assertEquals(List.of(), deviations.unused());
  }
}
