package io.crego.contract.stub.fees;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.core.RequestValidator;
import io.crego.contract.stub.core.Tenant;
import io.crego.contract.stub.core.ValidRequest;
import java.util.Map;

/**
 * Delete Fee called as the dispatcher would, outside the shared harness: the harness checks every
 * answer against a body schema, and the 204 declares none. Refusals (404, 409) have bodies and go
 * through the harness.
 */
final class FeeDeletion {

  private FeeDeletion() {}

  static ApiResponse delete(FeeHandlers handlers, String company, String feeId, double now) {
    SpecOperation operation = CregoSpec.get().operation(OperationIds.DELETE_FEE).orElseThrow();
    HandlerRegistry registry = new HandlerRegistry();
    handlers.register(registry);
    ApiRequest request =
        new ApiRequest(
            "DELETE", operation.pathTemplate().replace("{id}", feeId), Map.of(), Map.of(), null);
    ValidRequest valid =
        new RequestValidator(CregoSpec.get()).validate(operation, Map.of("id", feeId), request);
    OperationContext context =
        new OperationContext(
            operation, request, valid, new Tenant(company, "user-" + company), now);
    return registry.get(OperationIds.DELETE_FEE).orElseThrow().handle(context);
  }
}
