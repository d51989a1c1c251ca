package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The lifecycle tables agree with each other and explain every state without a way out. */
class LifecycleNotesTest {

  private static final CregoSpec SPEC = CregoSpec.get();

  private static JsonNode table(String schema) {
    return SPEC.raw().at("/components/schemas/" + schema + "/x-crego-lifecycle");
  }

  private static JsonNode rows(String schema) {
    return table(schema).path("transitions");
  }

  @TestFactory
  Stream<DynamicTest> everyStateWithoutAWayOutSaysWhy() {
    return SPEC.lifecycles().values().stream()
        .map(
            lifecycle ->
                dynamicTest(
                    lifecycle.schemaName(),
                    () -> {
                      Set<String> deadEnds = new TreeSet<>(lifecycle.statuses());
                      lifecycle.transitions().stream()
                          .filter(t -> !t.isCreation() && !t.from().equals(t.to()))
                          .forEach(t -> deadEnds.remove(t.from()));
                      JsonNode notes = table(lifecycle.schemaName()).path("state_notes");
                      List<String> unexplained = new ArrayList<>();
                      for (String state : deadEnds) {
                        if (notes.path(state).asText("").isBlank()) {
                          unexplained.add(state);
                        }
                      }
                      assertEquals(
                          List.of(), unexplained, "states without a way out and without a note");
                    }));
  }

  /** End of day is one thing in every table: the Run EOD operation, never an event. */
  @Test
  void endOfDayIsRunEodEverywhere() {
    for (Lifecycle lifecycle : SPEC.lifecycles().values()) {
      for (Transition t : lifecycle.transitions()) {
        assertFalse(
            t.event() != null && t.event().toLowerCase().contains("eod"),
            lifecycle.schemaName() + " names end of day as an event: " + t);
      }
    }
    assertTrue(
        SPEC.lifecycles().get("Topup").transitions().stream()
            .anyMatch(t -> "runEod".equals(t.operationId()) && "scheduled".equals(t.from())));
  }

  /** A loan is reverted by the payout's reversal, the operation the Payout table performs it by. */
  @Test
  void aLoanIsRevertedByThePayoutCallbackThatRevertsItsPayout() {
    assertTrue(
        SPEC.lifecycles().get("Payout").transitions().stream()
            .anyMatch(t -> "reverted".equals(t.to()) && "payoutCallback".equals(t.operationId())));
    assertTrue(
        SPEC.lifecycles().get("Loan").transitions().stream()
            .anyMatch(
                t ->
                    "active".equals(t.from())
                        && "reverted".equals(t.to())
                        && "payoutCallback".equals(t.operationId())),
        "Loan active → reverted via payoutCallback");
  }

  /** The guards the stub enforces (409 otherwise) are in the tables, as {@code requires}. */
  @Test
  void guardsAreStated() {
    assertRequires("Record", "updateNachPresentationStatus", "payment_mode=nach");
    assertRequires("Topup", "reinitiateTopupPayout", "not rejected");
    assertRequires("Payout", "retryPayout", "not a topup");
  }

  private static void assertRequires(String schema, String operationId, String text) {
    boolean every = true;
    int found = 0;
    for (Transition row : SPEC.lifecycles().get(schema).rowsOf(operationId)) {
      found++;
      every &= row.requires().describe().contains(text);
    }
    assertTrue(found > 0, schema + " has no row for " + operationId);
    assertTrue(every, schema + " " + operationId + " rows must require '" + text + "'");
  }

  /**
   * The dead ends the issue named are answered: a checks_failed topup can be given up (an inferred
   * row), and approval_requested records, requested payouts and reverts say why they have no exit.
   */
  @Test
  void theNamedDeadEndsAreAnswered() {
    boolean giveUp = false;
    for (JsonNode row : rows("Topup")) {
      giveUp |=
          "checks_failed".equals(row.path("from").asText())
              && "cancelled".equals(row.path("to").asText())
              && row.path("inferred").asBoolean(false);
    }
    assertTrue(giveUp, "an inferred row gives up a checks_failed topup");
    assertFalse(table("Record").at("/state_notes/approval_requested").asText("").isBlank());
    assertTrue(table("Record").at("/state_notes/processed").asText("").contains("revert_"));
    assertFalse(table("Payout").at("/state_notes/requested").asText("").isBlank());
  }
}
