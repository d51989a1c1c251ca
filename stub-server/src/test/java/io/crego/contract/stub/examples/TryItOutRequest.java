package io.crego.contract.stub.examples;

/**
 * One operation's request as the API explorer's "Try it out" pre-fills it from the spec's examples.
 *
 * @param operationId the operation
 * @param method HTTP method, upper case
 * @param target the path with its parameters filled in, and the query string if any
 * @param body the request body's example as JSON text, or null when the operation takes none
 * @param authorised whether the explorer sends the page's bearer token (the operation accepts one)
 * @param successStatus the operation's documented success: its lowest declared 2xx status
 */
record TryItOutRequest(
    String operationId,
    String method,
    String target,
    String body,
    boolean authorised,
    int successStatus) {

  @Override
  public String toString() {
    return operationId + " " + method + " " + target + (body == null ? "" : " " + body);
  }
}
