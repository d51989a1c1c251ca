package io.crego.contract.stub.robustness;

import java.util.Map;

/**
 * One generated request that the spec makes invalid, and why.
 *
 * @param operationId the operation it targets
 * @param mutation what makes it invalid, e.g. {@code body /amount: wrong type "x"}
 */
record FuzzRequest(
    String operationId,
    String mutation,
    String method,
    String path,
    Map<String, String> headers,
    byte[] body) {

  FuzzRequest withMutation(String what) {
    return new FuzzRequest(operationId, what, method, path, headers, body);
  }

  @Override
  public String toString() {
    return operationId
        + " "
        + method
        + " "
        + (path.length() > 120 ? path.substring(0, 120) + "…" : path)
        + " ["
        + mutation
        + "]";
  }
}
