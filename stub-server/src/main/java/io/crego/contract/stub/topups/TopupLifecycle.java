package io.crego.contract.stub.topups;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.Transition;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import java.util.List;
import java.util.Objects;

/**
 * The Topup lifecycle of the spec, with the two kinds of rows the generic {@link TransitionGuard}
 * does not name a target for: a creation with several outcomes ({@code createTopup} → {@code
 * processing}, {@code checks_failed} or {@code scheduled}) and end of day. The handler decides the
 * outcome; this checks that the table has the row.
 */
final class TopupLifecycle {

  /**
   * End of day, as the Loan and Topup tables both name it: the Run OperationIds.RUN_EOD operation.
   */
  private final TransitionGuard<TopupStatus> machine;

  TopupLifecycle(CregoSpec spec) {
    this.machine = TransitionGuard.forSchema(spec, "Topup", TopupStatus.class);
  }

  /** A topup created by the operation in {@code target}: a creation row must say so. */
  TopupStatus created(String operationId, TopupStatus target) {
    return requireRow(null, operationId, null, target);
  }

  /**
   * The OperationIds.RUN_EOD moves a topup from {@code current} to {@code target}: a Run
   * OperationIds.RUN_EOD row must say so.
   */
  TopupStatus atEndOfDay(TopupStatus current, TopupStatus target) {
    return requireRow(current, OperationIds.RUN_EOD, null, target);
  }

  /** See {@link TransitionGuard#next(String, Enum)}. */
  TopupStatus next(String operationId, TopupStatus current) {
    return machine.next(operationId, current);
  }

  /** See {@link TransitionGuard#next(String, Enum, Enum)}. */
  TopupStatus next(String operationId, TopupStatus current, TopupStatus target) {
    return machine.next(operationId, current, target);
  }

  boolean allows(String operationId, TopupStatus current) {
    return machine.allows(operationId, current);
  }

  List<TopupStatus> allowedFrom(String operationId) {
    return machine.allowedFrom(operationId);
  }

  ApiException notAllowed(String operationId, TopupStatus current) {
    return machine.notAllowed(operationId, current, allowedFrom(operationId));
  }

  private TopupStatus requireRow(
      TopupStatus from, String operationId, String event, TopupStatus target) {
    String fromValue = from == null ? null : from.getValue();
    for (Transition row : machine.lifecycle().transitions()) {
      if (Objects.equals(row.from(), fromValue)
          && Objects.equals(row.operationId(), operationId)
          && Objects.equals(row.event(), event)
          && row.to().equals(target.getValue())) {
        return target;
      }
    }
    throw new IllegalStateException(
        "No row of the topup lifecycle leads from "
            + fromValue
            + " to "
            + target
            + " by "
            + (operationId != null ? operationId : "event " + event));
  }
}
