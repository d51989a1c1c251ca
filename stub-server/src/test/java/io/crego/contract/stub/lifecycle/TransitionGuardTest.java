package io.crego.contract.stub.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.Transition;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.stub.api.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TransitionGuardTest {

  private static final CregoSpec SPEC = CregoSpec.get();
  private static final TransitionGuard<RecordStatus> RECORD =
      TransitionGuard.forSchema("Record", RecordStatus.class);

  /** Every lifecycle of the spec fits its generated enum: each status has a row, and no more. */
  @TestFactory
  Stream<DynamicTest> everyLifecycleFitsItsGeneratedEnum() {
    return SPEC.lifecycles().keySet().stream()
        .map(schema -> dynamicTest(schema, () -> machineOf(schema)));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TransitionGuard<?> machineOf(String schema) throws ClassNotFoundException {
    Class enumType = Class.forName("io.crego.contract.spec.model." + schema + "Status");
    return TransitionGuard.forSchema(SPEC, schema, enumType);
  }

  @Test
  void aStatusWithoutARowStopsTheMachineFromBeingBuilt() {
    Lifecycle full = SPEC.lifecycles().get("Record");
    List<Transition> withoutBounced =
        full.transitions().stream().filter(t -> !"bounced".equals(t.to())).toList();
    Lifecycle broken =
        new Lifecycle("Record", full.statusField(), full.statusEnum(), withoutBounced);

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> TransitionGuard.of(broken, RecordStatus.class, SPEC));
    assertTrue(refused.getMessage().contains("status bounced has no row"), refused.getMessage());
  }

  @Test
  void aTableNamingAStatusTheEnumLacksIsRefused() {
    Lifecycle full = SPEC.lifecycles().get("Record");
    List<Transition> rows = new ArrayList<>(full.transitions());
    rows.add(
        new Transition(
            "processed", OperationIds.MARK_RECORD_PROCESSED, null, "reverted", List.of()));
    Lifecycle broken = new Lifecycle("Record", full.statusField(), full.statusEnum(), rows);

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> TransitionGuard.of(broken, RecordStatus.class, SPEC));
    assertTrue(refused.getMessage().contains("reverted"), refused.getMessage());
  }

  /**
   * For every operation of the Record table and every status: allowed where the table has a row (to
   * each of its targets), a 409 naming the current status and the allowed ones elsewhere.
   */
  @TestFactory
  Stream<DynamicTest> everyRecordOperationInEveryStatus() {
    Lifecycle table = RECORD.lifecycle();
    List<DynamicTest> tests = new ArrayList<>();
    for (String operation : RECORD.transitionOperations()) {
      for (RecordStatus status : RecordStatus.values()) {
        Set<String> targets = new LinkedHashSet<>();
        for (Transition row : table.transitions()) {
          if (operation.equals(row.operationId()) && status.getValue().equals(row.from())) {
            targets.add(row.to());
          }
        }
        String name =
            operation + " from " + status + (targets.isEmpty() ? " refused" : " → " + targets);
        tests.add(dynamicTest(name, () -> check(operation, status, targets)));
      }
    }
    return tests.stream();
  }

  private static void check(String operation, RecordStatus status, Set<String> targets) {
    List<String> allowed =
        List.copyOf(RECORD.lifecycle().allowedFrom(operation)); // the spec's own reading
    assertEquals(allowed, RECORD.allowedFrom(operation).stream().map(Object::toString).toList());
    if (targets.isEmpty()) {
      assertRefused(() -> RECORD.next(operation, status), status, operation, allowed);
      assertTrue(!RECORD.allows(operation, status));
      return;
    }
    assertTrue(RECORD.allows(operation, status));
    for (String target : targets) {
      RecordStatus to = RecordStatus.fromValue(target);
      assertEquals(to, RECORD.next(operation, status, to));
    }
    if (targets.size() == 1) {
      assertEquals(
          RecordStatus.fromValue(targets.iterator().next()), RECORD.next(operation, status));
    } else {
      assertThrows(IllegalStateException.class, () -> RECORD.next(operation, status));
    }
  }

  private static void assertRefused(
      Runnable call, RecordStatus status, String operation, List<String> allowedFrom) {
    ApiException refused = assertThrows(ApiException.class, call::run);
    assertEquals(409, refused.status());
    assertEquals(ErrorCode.TRANSITION_NOT_ALLOWED, refused.code());
    assertEquals(
        Map.of(
            "resource",
            "record",
            "current_status",
            status.getValue(),
            "operation",
            operation,
            "allowed_from",
            allowedFrom),
        refused.details());
  }

  @Test
  void pinnedRowsOfTheRecordTable() {
    assertEquals(RecordStatus.PENDING, RECORD.created(OperationIds.CREATE_RECORD));
    assertEquals(RecordStatus.PENDING, RECORD.created(OperationIds.BULK_NACH_REQUEST));
    assertEquals(RecordStatus.PROCESSED, RECORD.created(OperationIds.INITIATE_LOAN_ADJUSTMENT));
    assertEquals(
        List.of(RecordStatus.PENDING, RecordStatus.APPROVAL_REQUESTED),
        RECORD.allowedFrom(OperationIds.MARK_RECORD_PROCESSED));
    assertRefused(
        () -> RECORD.next(OperationIds.MARK_RECORD_PROCESSED, RecordStatus.PROCESSED),
        RecordStatus.PROCESSED,
        OperationIds.MARK_RECORD_PROCESSED,
        List.of("pending", "approval_requested"));
    assertEquals(
        RecordStatus.BOUNCED,
        RECORD.next(
            OperationIds.UPDATE_NACH_PRESENTATION_STATUS,
            RecordStatus.PENDING,
            RecordStatus.BOUNCED));
  }

  @Test
  void aConditionalTargetIsCheckedAgainstTheRowsLeadingThere() {
    TransitionGuard<PayoutStatus> payout = TransitionGuard.forSchema("Payout", PayoutStatus.class);

    // send_to_bank has payoutCallback rows (to failed, rejected) but none to processed
    ApiException refused =
        assertThrows(
            ApiException.class,
            () ->
                payout.next(
                    OperationIds.PAYOUT_CALLBACK,
                    PayoutStatus.SEND_TO_BANK,
                    PayoutStatus.PROCESSED));
    assertEquals(List.of("processing"), refused.details().get("allowed_from"));
    assertEquals(
        PayoutStatus.FAILED,
        payout.next(OperationIds.PAYOUT_CALLBACK, PayoutStatus.SEND_TO_BANK, PayoutStatus.FAILED));
    // a target no row reaches by that operation is the handler's bug
    assertThrows(
        IllegalStateException.class,
        () -> payout.next(OperationIds.RETRY_PAYOUT, PayoutStatus.FAILED, PayoutStatus.PROCESSED));
    assertEquals("payout", payout.resource());
  }

  @Test
  void anUnknownSchemaIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TransitionGuard.forSchema("Nope", RecordStatus.class));
  }
}
