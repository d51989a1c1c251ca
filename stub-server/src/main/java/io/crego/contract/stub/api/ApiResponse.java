package io.crego.contract.stub.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * An HTTP response the stub's own code produces.
 *
 * @param status HTTP status code (0 for a network fault, which sends none)
 * @param body the JSON body as text, or null for no body (204)
 * @param headers extra headers; {@code Content-Type: application/json} is added for a body
 * @param networkFault when set, the connection fails this way instead of answering, or null
 * @param json the tree {@code body} was written from, so that the response check reads it instead
 *     of parsing the text again; null when the body was produced as text
 */
public record ApiResponse(
    int status,
    String body,
    Map<String, String> headers,
    NetworkFault networkFault,
    JsonNode json) {

  public ApiResponse {
    headers = Map.copyOf(headers);
  }

  public ApiResponse(int status, String body, Map<String, String> headers) {
    this(status, body, headers, null, null);
  }

  public static ApiResponse json(int status, String json) {
    return new ApiResponse(status, json, Map.of());
  }

  /** A JSON answer, its tree kept beside the text written from it. */
  public static ApiResponse json(int status, JsonNode tree, String text) {
    return new ApiResponse(status, text, Map.of(), null, tree);
  }

  public static ApiResponse noContent() {
    return new ApiResponse(204, null, Map.of());
  }

  /** No HTTP answer: the connection fails as {@code fault} says. */
  public static ApiResponse networkFault(NetworkFault fault) {
    return new ApiResponse(0, null, Map.of(), fault, null);
  }

  /** The same response with other headers. */
  public ApiResponse withHeaders(Map<String, String> replaced) {
    return new ApiResponse(status, body, replaced, networkFault, json);
  }

  /** The Content-Type it is sent with: its own header, else {@code application/json} for a body. */
  public String contentType() {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase("Content-Type")) {
        return header.getValue();
      }
    }
    return body == null ? null : "application/json";
  }
}
