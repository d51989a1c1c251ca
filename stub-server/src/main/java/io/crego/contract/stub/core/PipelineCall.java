package io.crego.contract.stub.core;

import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiRequest;

/**
 * One call as the dispatcher knows it so far, for its {@link DispatchListener}s: the request, then
 * the operation it was routed to and the tenant it was authenticated as. Only the dispatcher fills
 * it in; listeners read it.
 */
public final class PipelineCall {

  /** The operation column of a call no operation answered (not routed). */
  public static final String NO_OPERATION = "-";

  private final ApiRequest request;
  private final long startedNanos;
  private SpecOperation operation;
  private Tenant tenant;

  PipelineCall(ApiRequest request, long startedNanos) {
    this.request = request;
    this.startedNanos = startedNanos;
  }

  public ApiRequest request() {
    return request;
  }

  /** The operation the call was routed to; null when no operation serves it. */
  public SpecOperation operation() {
    return operation;
  }

  /** The operation's id, or {@value #NO_OPERATION} when the call was not routed. */
  public String operationId() {
    return operation == null ? NO_OPERATION : operation.operationId();
  }

  /** Whose call it is; null until it is authenticated (always set before handling). */
  public Tenant tenant() {
    return tenant;
  }

  /** Milliseconds since the dispatcher took the call. */
  public long elapsedMillis() {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  void routedTo(SpecOperation operation) {
    this.operation = operation;
  }

  void authenticatedAs(Tenant tenant) {
    this.tenant = tenant;
  }
}
