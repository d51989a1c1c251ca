package io.crego.contract.stub.core;

import io.crego.contract.stub.api.ApiResponse;
import java.util.Optional;

/**
 * The faults scheduled through the admin API, applied to the calls they are for: each waits its
 * delay, then breaks the connection, or answers its declared status from the spec's example instead
 * of the handler, or (a delay alone) lets the handler answer.
 */
final class FaultInjection implements DispatchListener {

  private final FaultSchedule faults;
  private final DeclaredResponses declared;

  FaultInjection(FaultSchedule faults, DeclaredResponses declared) {
    this.faults = faults;
    this.declared = declared;
  }

  @Override
  public Optional<ApiResponse> beforeHandling(PipelineCall call) {
    Optional<Fault> taken = faults.take(call.operationId(), call.tenant());
    if (taken.isEmpty()) {
      return Optional.empty();
    }
    Fault fault = taken.get();
    pause(fault.delayMillis());
    if (fault.network() != null) {
      return Optional.of(ApiResponse.networkFault(fault.network()));
    }
    if (fault.status() != null) {
      return Optional.of(declared.respond(call.operation(), fault.status()));
    }
    return Optional.empty();
  }

  private static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
