package io.crego.contract.stub.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as the stub's own code sees it: no WireMock type crosses this line.
 *
 * @param method upper-case HTTP method
 * @param path the path without the query string, e.g. {@code /v1/lms/records/}
 * @param query query parameters, each with all its values in order
 * @param headers headers with lower-case names
 * @param body the raw body; empty when there is none
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, String> headers,
    byte[] body) {

  public ApiRequest {
    method = method.toUpperCase(Locale.ROOT);
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The first value of a query parameter. */
  public Optional<String> queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public boolean hasBody() {
    return body.length > 0;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
