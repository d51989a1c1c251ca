package io.crego.contract.conformance.exchange;

import java.util.Map;

/**
 * One request and its response, as plain data: what the validator judges, whatever HTTP library
 * carried it.
 *
 * @param method HTTP method in upper case
 * @param path the concrete path, e.g. {@code /v1/lms/records/2b28…/}
 * @param query the query parameters sent
 * @param requestBody the body sent, or null
 * @param status the response status
 * @param contentType the response Content-Type header, or null
 * @param responseBody the response body as text ("" when none)
 * @param durationMillis how long the exchange took
 */
public record HttpExchange(
    String method,
    String path,
    Map<String, String> query,
    String requestBody,
    int status,
    String contentType,
    String responseBody,
    long durationMillis) {

  public HttpExchange {
    query = Map.copyOf(query);
    responseBody = responseBody == null ? "" : responseBody;
  }
}
