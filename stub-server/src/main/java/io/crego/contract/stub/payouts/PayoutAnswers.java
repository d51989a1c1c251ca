package io.crego.contract.stub.payouts;

import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.Json;

/** The JSON answers of the payout handlers. */
final class PayoutAnswers {

  private PayoutAnswers() {}

  static ApiResponse ok(Object body) {
    return ApiResponse.json(200, Json.write(body));
  }

  static ApiResponse created(Object body) {
    return ApiResponse.json(201, Json.write(body));
  }
}
