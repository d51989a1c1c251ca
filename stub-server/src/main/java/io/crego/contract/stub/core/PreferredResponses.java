package io.crego.contract.stub.core;

import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Prefer: code=NNN}: a status the operation declares is answered from the spec's example,
 * without running the handler. One it does not declare is a 400 naming the declared codes where the
 * operation declares 400; elsewhere (ping, runEod) a 400 would itself be outside the contract, so
 * the preference is ignored and the handler's answer says so in {@value #IGNORED_HEADER}.
 */
final class PreferredResponses implements DispatchListener {

  /** Set on an answer whose {@code Prefer: code=NNN} was ignored, saying why. */
  static final String IGNORED_HEADER = "X-Crego-Prefer-Ignored";

  private final DeclaredResponses declared;

  PreferredResponses(DeclaredResponses declared) {
    this.declared = declared;
  }

  @Override
  public Optional<ApiResponse> beforeHandling(PipelineCall call) {
    Optional<Integer> preferred = PreferHeader.code(call.request());
    if (preferred.isEmpty()) {
      return Optional.empty();
    }
    SpecOperation operation = call.operation();
    if (operation.responseCodes().contains(preferred.get())) {
      return Optional.of(declared.respond(operation, preferred.get()));
    }
    if (operation.responseCodes().contains(400)) {
      throw ApiException.invalid(
          ErrorDetails.header("Prefer", explanation(operation, preferred.get())));
    }
    return Optional.empty(); // ignored: the handler answers, and afterAnswer says so
  }

  /**
   * Only a preference {@link #beforeHandling} ignored gets this far: a declared one was answered,
   * and an undeclared one on an operation that declares 400 was refused.
   */
  @Override
  public ApiResponse afterAnswer(PipelineCall call, ApiResponse answer) {
    Optional<Integer> preferred = PreferHeader.code(call.request());
    if (preferred.isEmpty()) {
      return answer;
    }
    Map<String, String> headers = new LinkedHashMap<>(answer.headers());
    headers.put(IGNORED_HEADER, explanation(call.operation(), preferred.get()));
    return answer.withHeaders(headers);
  }

  private String explanation(SpecOperation operation, int status) {
    return "code="
        + status
        + " is not a response "
        + operation.operationId()
        + " declares; declared: "
        + declared.declaredStatuses(operation);
  }
}
