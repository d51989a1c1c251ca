package io.crego.contract.stub.reference;

import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.Json;

/** The JSON answers of the reference-data handlers. */
final class Answers {

  private Answers() {}

  static ApiResponse ok(Object body) {
    return Json.answer(200, body);
  }

  static ApiResponse created(Object body) {
    return Json.answer(201, body);
  }
}
