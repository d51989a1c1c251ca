package io.crego.contract.stub.api;

import java.util.Map;

/**
 * An HTTP response the stub's own code produces.
 *
 * @param status HTTP status code (0 for a network fault, which sends none)
 * @param body the JSON body as text, or null for no body (204)
 * @param headers extra headers; {@code Content-Type: application/json} is added for a body
 * @param networkFault when set, the connection fails this way instead of answering, or null
 */
public record ApiResponse(
    int status, String body, Map<String, String> headers, NetworkFault networkFault) {

  public ApiResponse {
    headers = Map.copyOf(headers);
  }

  public ApiResponse(int status, String body, Map<String, String> headers) {
    this(status, body, headers, null);
  }

  public static ApiResponse json(int status, String json) {
    return new ApiResponse(status, json, Map.of());
  }

  public static ApiResponse noContent() {
    return new ApiResponse(204, null, Map.of());
  }

  /** No HTTP answer: the connection fails as {@code fault} says. */
  public static ApiResponse networkFault(NetworkFault fault) {
    return new ApiResponse(0, null, Map.of(), fault);
  }
}
