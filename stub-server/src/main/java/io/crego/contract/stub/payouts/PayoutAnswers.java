package io.crego.contract.stub.payouts;

import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.Json;

/** The JSON answers of the payout handlers. */
final class PayoutAnswers {

  private PayoutAnswers() {}

  static ApiResponse ok(Object body) {
    return Json.answer(200, body);
  }

  static ApiResponse created(Object body) {
    return Json.answer(201, body);
  }
}
