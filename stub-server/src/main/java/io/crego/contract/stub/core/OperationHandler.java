package io.crego.contract.stub.core;

import io.crego.contract.stub.api.ApiResponse;

/**
 * Answers one operation of the spec. By the time it runs, the caller is authenticated (when the
 * operation needs it), and the path, query and body are valid against the spec; what is left is the
 * behaviour: state, lifecycle rules, references to other resources. A refusal is thrown as {@link
 * io.crego.contract.stub.api.ApiException}.
 */
@FunctionalInterface
public interface OperationHandler {
  ApiResponse handle(OperationContext context);
}
