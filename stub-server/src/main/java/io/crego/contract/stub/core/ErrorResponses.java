package io.crego.contract.stub.core;

import io.crego.contract.spec.model.Error;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.ErrorDetail;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders refusals as the spec's one {@code Error} model, written by the stub's mapper. */
public final class ErrorResponses {

  private ErrorResponses() {}

  public static ApiResponse of(ApiException e) {
    return ApiResponse.json(e.status(), body(e.code(), e.getMessage(), e.errors(), e.details()));
  }

  public static ApiResponse of(int status, ErrorCode code, String message) {
    return ApiResponse.json(status, body(code, message, List.of(), Map.of()));
  }

  public static String body(
      ErrorCode code, String message, List<ErrorDetail> errors, Map<String, Object> details) {
    Error error =
        new Error()
            .code(code)
            .message(message)
            .errors(List.copyOf(errors))
            // no details: the key is left out, not sent as {}
            .details(details == null || details.isEmpty() ? null : new LinkedHashMap<>(details));
    return Json.write(error);
  }
}
