package io.crego.contract.stub.api;

import java.util.Map;

/**
 * An HTTP response the stub's own code produces.
 *
 * @param status HTTP status code
 * @param body the JSON body as text, or null for no body (204)
 * @param headers extra headers; {@code Content-Type: application/json} is added for a body
 */
public record ApiResponse(int status, String body, Map<String, String> headers) {

  public ApiResponse {
    headers = Map.copyOf(headers);
  }

  public static ApiResponse json(int status, String json) {
    return new ApiResponse(status, json, Map.of());
  }

  public static ApiResponse noContent() {
    return new ApiResponse(204, null, Map.of());
  }
}
