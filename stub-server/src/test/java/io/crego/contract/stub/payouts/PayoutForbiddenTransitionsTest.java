package io.crego.contract.stub.payouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.Transition;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.topups.MoneyOutTestBase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every move of the Payout lifecycle (an operation, and for the bank's callback each result it can
 * carry), tried on a payout in each state the spec's table has no row for: a 409 naming the current
 * state and the states it is allowed from, and the payout unchanged.
 */
class PayoutForbiddenTransitionsTest extends MoneyOutTestBase {

  private static final TransitionGuard<PayoutStatus> PAYOUT =
      TransitionGuard.forSchema("Payout", PayoutStatus.class);

  /** A move: the operation and, for the callback, the result it reports. */
  private record Move(String operationId, PayoutStatus result) {
    List<PayoutStatus> allowedFrom() {
      return result == null
          ? PAYOUT.allowedFrom(operationId)
          : PAYOUT.allowedFrom(operationId, result);
    }

    @Override
    public String toString() {
      return result == null ? operationId : operationId + " (status=" + result + ")";
    }
  }

  @TestFactory
  Stream<DynamicTest> everyForbiddenTransitionIsRefused() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Move move : moves()) {
      List<PayoutStatus> allowed = move.allowedFrom();
      for (PayoutStatus status : PayoutStatus.values()) {
        if (!allowed.contains(status)) {
          tests.add(
              dynamicTest(
                  move + " on a " + status + " payout",
                  () -> {
                    setUpStore();
                    try {
                      refused(move, status, allowed);
                    } finally {
                      closeStore();
                    }
                  }));
        }
      }
    }
    return tests.stream();
  }

  /** The table's moves of an existing payout; the callback's rows name their result. */
  private static List<Move> moves() {
    Set<Move> moves = new LinkedHashSet<>();
    for (Transition row : PAYOUT.lifecycle().transitions()) {
      if (row.from() == null || row.operationId() == null) {
        continue;
      }
      boolean namesResult = row.when().bodyValue("status").isPresent();
      moves.add(new Move(row.operationId(), namesResult ? PAYOUT.state(row.to()) : null));
    }
    return List.copyOf(moves);
  }

  private void refused(Move move, PayoutStatus status, List<PayoutStatus> allowed) {
    Account account = book.creditLine("100000");
    String id = payoutIn(account, status);
    String before = Json.write(storedPayout(id));

    Exchange answer = send(move, id).expectError(409, "TRANSITION_NOT_ALLOWED");

    JsonNode details = answer.body().path("details");
    assertEquals(status.getValue(), details.path("current_status").asText());
    assertEquals(move.operationId(), details.path("operation").asText());
    assertEquals(
        allowed.stream().map(PayoutStatus::getValue).toList(),
        Json.MAPPER.convertValue(details.path("allowed_from"), List.class));
    assertEquals(before, Json.write(storedPayout(id)), "the payout changed");
  }

  private Exchange send(Move move, String id) {
    return switch (move.operationId()) {
      case OperationIds.EXPORT_PAYOUTS_FOR_BANK -> export(id);
      case OperationIds.PROCESS_PAYOUT -> process(id);
      case OperationIds.RETRY_PAYOUT -> retry(id);
      case OperationIds.PAYOUT_CALLBACK -> callback(id, move.result().getValue());
      default -> throw new AssertionError("No call known for " + move);
    };
  }

  private String payoutIn(Account account, PayoutStatus status) {
    String id = createPayout(account, "100", "").expect(201).id();
    switch (status) {
      case REQUESTED -> {}
      case SEND_TO_BANK -> export(id).expect(200);
      case PROCESSING -> {
        export(id).expect(200);
        process(id).expect(200);
      }
      case PROCESSED, FAILED, REJECTED -> bankAnswers(id, status.getValue());
      case REVERTING, REVERTED -> {
        bankAnswers(id, "processed");
        callback(id, "reverting").expect(200);
        if (status == PayoutStatus.REVERTED) {
          callback(id, "reverted").expect(200);
        }
      }
    }
    assertEquals(status, storedPayout(id).getStatus());
    return id;
  }
}
