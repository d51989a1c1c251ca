package io.crego.contract.stub.core;

import io.crego.contract.stub.api.NetworkFault;

/**
 * A fault injected into the next calls of one operation (or of every operation).
 *
 * @param operationId the operation it applies to, or null for every operation
 * @param scope whose calls it applies to
 * @param delayMillis how long each affected call waits before it is answered (0 for none)
 * @param status the declared status each affected call answers with instead of running its handler,
 *     or null
 * @param network how the connection fails instead of answering, or null
 * @param times how many calls it affects before it is used up
 * @param rate the probability (0..1) that a matching call is affected; 1 for every call
 * @param seed the seed of the random choice behind {@code rate}, so that a test can replay it
 */
public record Fault(
    String operationId,
    FaultScope scope,
    long delayMillis,
    Integer status,
    NetworkFault network,
    int times,
    double rate,
    long seed) {

  boolean appliesTo(String operationId, Tenant tenant) {
    return (this.operationId == null || this.operationId.equals(operationId))
        && scope.covers(tenant);
  }

  /** The fault with {@code times} calls left. */
  Fault withTimes(int times) {
    return new Fault(operationId, scope, delayMillis, status, network, times, rate, seed);
  }
}
