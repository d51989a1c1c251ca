package io.crego.contract.conformance.data;

import io.crego.contract.conformance.http.ApiResult;

/**
 * What applying a transition gave.
 *
 * @param answer the answer to the call that was to cause the transition
 * @param after the subject as seen afterwards (from the answer, or read back)
 */
public record Outcome(ApiResult answer, Subject after) {}
