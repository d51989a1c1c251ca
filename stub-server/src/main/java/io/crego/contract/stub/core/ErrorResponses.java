package io.crego.contract.stub.core;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.FieldError;
import java.util.List;
import java.util.Map;

/** Renders refusals in the spec's one {@code Error} shape. */
public final class ErrorResponses {

  private ErrorResponses() {}

  public static ApiResponse of(ApiException e) {
    return ApiResponse.json(e.status(), body(e.code(), e.getMessage(), e.errors(), e.details()));
  }

  public static ApiResponse of(int status, String code, String message) {
    return ApiResponse.json(status, body(code, message, List.of(), Map.of()));
  }

  public static String body(
      String code, String message, List<FieldError> errors, Map<String, Object> details) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("code", code);
    body.put("message", message);
    ArrayNode list = body.putArray("errors");
    for (FieldError error : errors) {
      list.addObject()
          .put("in", error.in())
          .put("field", error.field())
          .put("message", error.message())
          .put("rule", error.rule());
    }
    if (details != null && !details.isEmpty()) {
      body.set("details", Json.tree(details));
    }
    return Json.write(body);
  }
}
