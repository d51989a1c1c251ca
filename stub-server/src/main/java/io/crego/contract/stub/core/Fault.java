package io.crego.contract.stub.core;

/**
 * A fault injected into the next calls of one operation.
 *
 * @param operationId the operation it applies to
 * @param delayMillis how long each affected call waits before it is answered (0 for none)
 * @param status the declared status each affected call answers with instead of running its handler,
 *     or null to run the handler after the delay
 * @param remaining how many more calls it affects
 */
public record Fault(String operationId, long delayMillis, Integer status, int remaining) {}
