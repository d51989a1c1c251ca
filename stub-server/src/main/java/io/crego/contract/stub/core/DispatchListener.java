package io.crego.contract.stub.core;

import io.crego.contract.stub.api.ApiResponse;
import java.util.Optional;

/**
 * A concern that cuts across every operation (a preferred response, an injected fault, the response
 * check, the access log), told of each call at the dispatcher's phases, the way WireMock's {@code
 * ServeEventListener} is. A new concern is a new listener registered with {@link
 * Dispatcher.Builder#listener}, not an edit of the dispatcher.
 *
 * <p>The phases of a call: routing; authentication (nothing answers a protected operation without
 * its token); {@link #beforeHandling}; validation and the handler; {@link #afterAnswer}; {@link
 * #afterComplete}. Listeners are asked in the order they are registered.
 */
public interface DispatchListener {

  /**
   * After routing and authentication, before validation and the handler. An answer here is the
   * call's final one: the handler does not run, the listeners after this one are not asked, and no
   * {@link #afterAnswer} sees it (such an answer is the spec's own, not the handler's). Throwing an
   * {@link io.crego.contract.stub.api.ApiException} refuses the call with that error.
   */
  default Optional<ApiResponse> beforeHandling(PipelineCall call) {
    return Optional.empty();
  }

  /**
   * The handler's answer (its refusal included, in the Error shape), as the listeners before this
   * one left it: returns it, or what replaces it.
   */
  default ApiResponse afterAnswer(PipelineCall call, ApiResponse answer) {
    return answer;
  }

  /**
   * The response the call ends with, whatever happened to it: answered, short-circuited, refused,
   * not routed or failed. Only for looking; it cannot change the response.
   */
  default void afterComplete(PipelineCall call, ApiResponse response) {}
}
