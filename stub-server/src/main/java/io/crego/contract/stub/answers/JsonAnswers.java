package io.crego.contract.stub.answers;

import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.Json;

/** The JSON answers of every domain handler: the value as the body of a 200 or a 201. */
public final class JsonAnswers {

  private JsonAnswers() {}

  public static ApiResponse ok(Object body) {
    return Json.answer(200, body);
  }

  public static ApiResponse created(Object body) {
    return Json.answer(201, body);
  }
}
