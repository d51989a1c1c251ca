package io.crego.contract.stub.topups;

import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.Json;

/** The JSON answers of the topup and topup group handlers. */
final class TopupAnswers {

  private TopupAnswers() {}

  static ApiResponse ok(Object body) {
    return Json.answer(200, body);
  }

  static ApiResponse created(Object body) {
    return Json.answer(201, body);
  }
}
