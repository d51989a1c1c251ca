package io.crego.contract.conformance.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the target answered (already checked against the contract).
 *
 * @param call the request
 * @param status the status code
 * @param json the body parsed, or a missing node when it is empty or not JSON
 * @param text the body as text
 */
public record ApiResult(Call call, int status, JsonNode json, String text) {

  /** A short description for failure messages: {@code createRecord POST /v1/lms/records/ → 201}. */
  public String describe() {
    return call.operationId()
        + " "
        + call.operation().method()
        + " "
        + call.path()
        + " → "
        + status
        + (json.has("code") ? " " + json.get("code").asText() : "");
  }

  public boolean isSuccess() {
    return status / 100 == 2;
  }

  /** The body, clipped for messages. */
  public String excerpt() {
    return text.length() <= 400 ? text : text.substring(0, 400) + "…";
  }
}
