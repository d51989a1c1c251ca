package io.crego.contract.stub.topups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the Topup lifecycle, called on a topup in each state the spec's table has no
 * row for: a 409 naming the current state and the allowed ones, and neither the topup nor its line
 * changed.
 */
class TopupForbiddenTransitionsTest extends MoneyOutTestBase {

  private static final TransitionGuard<TopupStatus> TOPUP =
      TransitionGuard.forSchema("Topup", TopupStatus.class);

  /**
   * The bank's callback moves a topup only through its payout, whose own table refuses the callback
   * first (see PayoutForbiddenTransitionsTest): no topup state can be reached where the payout
   * would let it through. Run EOD acts on the company, not on one topup: it moves the scheduled
   * topups whose date has come and leaves every other one as it is, so it refuses none.
   */
  private static final Set<String> NOT_ON_ONE_TOPUP =
      Set.of(OperationIds.PAYOUT_CALLBACK, OperationIds.RUN_EOD);

  @TestFactory
  Stream<DynamicTest> everyForbiddenTransitionIsRefused() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String operation : TOPUP.transitionOperations()) {
      if (NOT_ON_ONE_TOPUP.contains(operation)) {
        continue;
      }
      List<TopupStatus> allowed = TOPUP.allowedFrom(operation);
      for (TopupStatus status : TopupStatus.values()) {
        if (!allowed.contains(status)) {
          tests.add(
              dynamicTest(
                  operation + " on a " + status + " topup",
                  () -> {
                    setUpStore();
                    try {
                      refused(operation, status, allowed);
                    } finally {
                      closeStore();
                    }
                  }));
        }
      }
    }
    return tests.stream();
  }

  private void refused(String operation, TopupStatus status, List<TopupStatus> allowed) {
    Account line = book.creditLine("100000");
    String id = topupIn(line, status);
    String before = Json.write(storedTopup(id));
    String lineBefore = Json.write(book.stored(line));

    Exchange answer = send(operation, id).expectError(409, "TRANSITION_NOT_ALLOWED");

    JsonNode details = answer.body().path("details");
    assertEquals("topup", details.path("resource").asText());
    assertEquals(status.getValue(), details.path("current_status").asText());
    assertEquals(operation, details.path("operation").asText());
    assertEquals(
        allowed.stream().map(TopupStatus::getValue).toList(),
        Json.MAPPER.convertValue(details.path("allowed_from"), List.class));
    assertEquals(before, Json.write(storedTopup(id)), "the topup changed");
    assertEquals(lineBefore, Json.write(book.stored(line)), "the line changed");
  }

  private Exchange send(String operation, String id) {
    var call = api.call(ACME, operation).id(id);
    return switch (operation) {
      case OperationIds.UPDATE_TOPUP -> call.body("{\"remark\": \"late invoice\"}").send();
      case OperationIds.PARSE_TOPUP_INVOICE ->
          call.body("{\"invoice_url\": \"https://files.example.com/INV-7.pdf\"}").send();
      case OperationIds.UNSCHEDULE_TOPUP,
          OperationIds.RE_RUN_TOPUP_CHECKS,
          OperationIds.REINITIATE_TOPUP_PAYOUT ->
          call.send();
      default -> throw new AssertionError("No call known for " + operation);
    };
  }

  private String topupIn(Account line, TopupStatus status) {
    String id =
        switch (status) {
          case SCHEDULED, CANCELLED -> scheduledTopup(line, "1000").id();
          case CHECKS_FAILED -> checksFailedTopup(line, "1000").id();
          case PROCESSING, DISBURSED, PAYOUT_FAILED -> processingTopup(line, "1000").id();
        };
    switch (status) {
      case CANCELLED -> api.call(ACME, OperationIds.UNSCHEDULE_TOPUP).id(id).send().expect(200);
      case DISBURSED -> bankAnswers(storedTopup(id).getPayout().toString(), "processed");
      case PAYOUT_FAILED -> bankAnswers(storedTopup(id).getPayout().toString(), "failed");
      default -> {}
    }
    assertEquals(status, storedTopup(id).getStatus());
    return id;
  }
}
