package io.crego.contract.stub.core;

import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks each handler's answer against the contract ({@link ResponseContract}): a breach is logged,
 * and, when enforced, answered as a 500 that names it. Not registered when the check is off, so
 * that it then costs nothing.
 */
final class ResponseChecking implements DispatchListener {

  private final ResponseContract contract;
  private final boolean enforce;
  private final PrintStream errorLog;

  /**
   * @param mode {@link ResponseCheck#LOG} or {@link ResponseCheck#ENFORCE}
   */
  ResponseChecking(ResponseContract contract, ResponseCheck mode, PrintStream errorLog) {
    if (mode == ResponseCheck.OFF) {
      throw new IllegalArgumentException("an unchecked pipeline has no response check");
    }
    this.contract = contract;
    this.enforce = mode == ResponseCheck.ENFORCE;
    this.errorLog = errorLog;
  }

  @Override
  public ApiResponse afterAnswer(PipelineCall call, ApiResponse answer) {
    List<String> breaches = contract.breaches(call.operation(), answer);
    if (breaches.isEmpty()) {
      return answer;
    }
    String operationId = call.operationId();
    errorLog.println(
        "CONTRACT BREACH: "
            + operationId
            + " answered "
            + answer.status()
            + ": "
            + String.join("; ", breaches));
    if (!enforce) {
      return answer;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("operation", operationId);
    details.put("status", answer.status());
    details.put("breaches", breaches);
    return ErrorResponses.of(
        new ApiException(
            500,
            ErrorCode.INTERNAL_ERROR,
            "The stub's response to "
                + operationId
                + " is outside the contract; this is a defect of the stub.",
            List.of(),
            details));
  }
}
