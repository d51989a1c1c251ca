package io.crego.contract.stub.core;

import io.crego.contract.stub.api.ApiResponse;

/**
 * One access-log line for every call the dispatcher takes, with the operation it was routed to
 * ({@code -} for none) and, for an injected network fault, {@code fault=<kind>}.
 */
final class AccessLogging implements DispatchListener {

  private final AccessLog accessLog;

  AccessLogging(AccessLog accessLog) {
    this.accessLog = accessLog;
  }

  @Override
  public void afterComplete(PipelineCall call, ApiResponse response) {
    String operationId = call.operationId();
    accessLog.record(
        call.request().method(),
        call.request().path(),
        response.status(),
        call.elapsedMillis(),
        response.networkFault() == null
            ? operationId
            : operationId + " fault=" + response.networkFault());
  }
}
