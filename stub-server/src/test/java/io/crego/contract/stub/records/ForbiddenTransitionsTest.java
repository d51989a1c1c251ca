package io.crego.contract.stub.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the Record lifecycle, called on a record in each state the spec's table has no
 * row for: a 409 naming the current state and the allowed ones, and the record unchanged.
 */
class ForbiddenTransitionsTest extends RecordsTestBase {

  private static final TransitionGuard<RecordStatus> RECORD =
      TransitionGuard.forSchema("Record", RecordStatus.class);

  /**
   * The operation's own description overrides the generic lifecycle rule: "Any other record: 409
   * NOT_APPLICABLE".
   */
  private static final Map<String, String> CODE_BY_OPERATION =
      Map.of(OperationIds.UPDATE_NACH_PRESENTATION_STATUS, "NOT_APPLICABLE");

  @TestFactory
  Stream<DynamicTest> everyForbiddenTransitionIsRefused() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String operation : RECORD.transitionOperations()) {
      List<RecordStatus> allowed = RECORD.allowedFrom(operation);
      for (RecordStatus status : RecordStatus.values()) {
        if (!allowed.contains(status)) {
          tests.add(
              dynamicTest(
                  operation + " on a " + status + " record",
                  () -> {
                    setUpCompany();
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

  private void refused(String operation, RecordStatus status, List<RecordStatus> allowed) {
    Loan loan = given.activeLoan(account, "1000");
    String id = recordIn(status);
    String before = Json.write(stored(id));

    Exchange answer = api.call(ACME, operation).id(id).body(validBody(operation, loan)).send();

    answer.expectError(409, CODE_BY_OPERATION.getOrDefault(operation, "TRANSITION_NOT_ALLOWED"));
    JsonNode details = answer.body().path("details");
    assertEquals(status.getValue(), details.path("current_status").asText());
    assertEquals(operation, details.path("operation").asText());
    assertEquals(
        allowed.stream().map(RecordStatus::getValue).toList(),
        Json.MAPPER.convertValue(details.path("allowed_from"), List.class));
    assertEquals(before, Json.write(stored(id)), "the record changed");
  }

  /**
   * A cashback NACH record, so that neither its type nor its payment mode is what an operation
   * refuses: only its state.
   */
  private String recordIn(RecordStatus status) {
    String id =
        create(account, "500", "\"type\": \"cashback\", \"payment_mode\": \"nach\"")
            .expect(201)
            .id();
    switch (status) {
      case PENDING -> {}
      case APPROVAL_REQUESTED ->
          api.call(ACME, OperationIds.REQUEST_RECORD_APPROVAL).id(id).send().expect(200);
      case PROCESSED -> markProcessed(id, utr()).expect(200);
      case BOUNCED -> nachAnswer(id, "bounced").expect(200);
    }
    assertEquals(status, stored(id).getStatus());
    return id;
  }

  private String validBody(String operation, Loan loan) {
    return switch (operation) {
      case OperationIds.REQUEST_RECORD_APPROVAL -> "{}";
      case OperationIds.MARK_RECORD_PROCESSED ->
          "{\"utr\": \""
              + utr()
              + "\", \"settled_at\": 1718649000, \"collection_bank_id\": \""
              + bank.getId()
              + "\"}";
      case OperationIds.UPDATE_NACH_PRESENTATION_STATUS -> "{\"status\": \"success\"}";
      case OperationIds.INITIATE_EXCESS_PAYMENT_REFUND -> "{\"amount\": 1}";
      case OperationIds.INITIATE_RECORD_ADJUSTMENT -> "{\"loan_id\": \"" + loan.getId() + "\"}";
      default -> throw new AssertionError("No valid body known for " + operation);
    };
  }
}
