package io.crego.contract.conformance.suite;

import io.crego.contract.conformance.data.Fixtures;
import io.crego.contract.conformance.data.ResourceKind;
import io.crego.contract.conformance.data.Subject;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.Transition;
import io.crego.contract.spec.model.ErrorCode;

/**
 * Tries an operation of a lifecycle in a state the table has no row for: 409
 * (TRANSITION_NOT_ALLOWED naming the current status, or NOT_APPLICABLE where the spec says so), and
 * the state unchanged.
 */
final class ForbiddenTransitionCheck {

  private final Fixtures fixtures;
  private final Lifecycle lifecycle;
  private final ResourceKind kind;
  private final String operationId;
  private final String state;

  ForbiddenTransitionCheck(
      Fixtures fixtures, Lifecycle lifecycle, ResourceKind kind, String operationId, String state) {
    this.fixtures = fixtures;
    this.lifecycle = lifecycle;
    this.kind = kind;
    this.operationId = operationId;
    this.state = state;
  }

  void run() {
    Subject subject = fixtures.machine().reach(kind, state, operationId);
    Transition row =
        lifecycle.transitions().stream()
            .filter(t -> operationId.equals(t.operationId()) && !t.isCreation())
            .findFirst()
            .orElseThrow();
    ApiResult answer = fixtures.session().send(fixtures.machine().callFor(subject, row));
    String why = lifecycle.schemaName() + " in " + state + " has no row for " + operationId;
    Expect.error(answer, 409, why, ErrorCode.TRANSITION_NOT_ALLOWED, ErrorCode.NOT_APPLICABLE);
    if (ErrorCode.TRANSITION_NOT_ALLOWED.getValue().equals(answer.json().path("code").asText())) {
      String current = answer.json().path("details").path("current_status").asText(null);
      Expect.that(
          state.equals(current),
          answer.describe() + ": details.current_status is " + current + ", expected " + state);
    }
    String after = fixtures.readback().read(subject).path(lifecycle.statusField()).asText();
    Expect.that(
        state.equals(after),
        operationId
            + " was refused, but the "
            + kind.schema()
            + " moved from "
            + state
            + " to "
            + after);
  }
}
