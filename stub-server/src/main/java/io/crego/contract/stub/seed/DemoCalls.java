package io.crego.contract.stub.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.core.RequestValidator;
import io.crego.contract.stub.core.Tenant;
import io.crego.contract.stub.core.ValidRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Calls the stub's own operations for a company, as its back office would, so the demo entities
 * made this way are exactly what the API makes (the same way the admin clock runs Run EOD).
 */
final class DemoCalls {

  static final String USER = "demo-seed";

  private final CregoSpec spec;
  private final HandlerRegistry handlers;
  private final RequestValidator validator;
  private final String companyId;
  private final double now;

  DemoCalls(CregoSpec spec, HandlerRegistry handlers, String companyId, double now) {
    this.spec = spec;
    this.handlers = handlers;
    this.validator = new RequestValidator(spec);
    this.companyId = companyId;
    this.now = now;
  }

  /** Calls an operation without a path parameter. */
  JsonNode call(String operationId, String body) {
    return call(operationId, null, body);
  }

  /**
   * Calls an operation; its answer's body.
   *
   * @param id the path's {@code id}, or null
   * @param body the JSON body (valid against the spec), or null
   * @throws IllegalStateException when it does not succeed: the demo's story is wrong
   * @throws io.crego.contract.stub.api.ApiException when the spec refuses the request: the demo's
   *     data is wrong
   */
  JsonNode call(String operationId, UUID id, String body) {
    SpecOperation operation =
        spec.operation(operationId)
            .orElseThrow(() -> new IllegalStateException("The spec has no " + operationId));
    Map<String, String> path = id == null ? Map.of() : Map.of("id", id.toString());
    ApiRequest request =
        new ApiRequest(
            operation.method(),
            id == null
                ? operation.pathTemplate()
                : operation.pathTemplate().replace("{id}", id.toString()),
            Map.of(),
            body == null ? Map.of() : Map.of("content-type", "application/json"),
            body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    // checked as the dispatcher checks an API call, so the handler reads it the same way
    ValidRequest valid = validator.validate(operation, path, request);
    OperationContext context =
        new OperationContext(operation, request, valid, new Tenant(companyId, USER), now);
    ApiResponse response =
        handlers
            .get(operationId)
            .orElseThrow(() -> new IllegalStateException("No handler for " + operationId))
            .handle(context);
    if (response.status() / 100 != 2) {
      throw new IllegalStateException(
          "The demo's " + operationId + " answered " + response.status() + ": " + response.body());
    }
    return response.body() == null || response.body().isEmpty()
        ? MissingNode.getInstance()
        : Json.read(response.body(), JsonNode.class);
  }
}
