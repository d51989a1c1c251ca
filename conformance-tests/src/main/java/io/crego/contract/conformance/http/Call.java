package io.crego.contract.conformance.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.SpecOperation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to an operation of the spec: the path is always built from the operation's template,
 * never written by hand.
 *
 * @param operation the operation called
 * @param pathParams values for the template's {@code {param}} segments
 * @param query query parameters
 * @param body JSON body, or null for none
 * @param rawBody a body sent as is (for malformed and non-JSON bodies), or null
 * @param contentType the request Content-Type when there is a body
 */
public record Call(
    SpecOperation operation,
    Map<String, String> pathParams,
    Map<String, String> query,
    JsonNode body,
    String rawBody,
    String contentType) {

  public Call {
    pathParams = Map.copyOf(pathParams);
    query = Map.copyOf(query);
  }

  public static Call to(SpecOperation operation) {
    return new Call(operation, Map.of(), Map.of(), null, null, "application/json");
  }

  public Call withPathParam(String name, String value) {
    Map<String, String> params = new LinkedHashMap<>(pathParams);
    params.put(name, value);
    return new Call(operation, params, query, body, rawBody, contentType);
  }

  public Call withQuery(String name, String value) {
    Map<String, String> params = new LinkedHashMap<>(query);
    params.put(name, value);
    return new Call(operation, pathParams, params, body, rawBody, contentType);
  }

  public Call withBody(JsonNode json) {
    return new Call(operation, pathParams, query, json, null, "application/json");
  }

  public Call withRawBody(String text, String type) {
    return new Call(operation, pathParams, query, null, text, type);
  }

  public String operationId() {
    return operation.operationId();
  }

  /** The concrete path: the template with every parameter filled in. */
  public String path() {
    String path = operation.pathTemplate();
    for (Map.Entry<String, String> param : pathParams.entrySet()) {
      path =
          path.replace(
              "{" + param.getKey() + "}",
              URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    if (path.contains("{")) {
      throw new IllegalStateException(
          operation.operationId() + ": no value for a path parameter of " + path);
    }
    return path;
  }

  public boolean hasBody() {
    return body != null || rawBody != null;
  }

  public String bodyText() {
    return body != null ? body.toString() : rawBody;
  }
}
