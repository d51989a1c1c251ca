package io.crego.contract.stub.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.core.OperationHandler;
import io.crego.contract.stub.core.RequestValidator;
import io.crego.contract.stub.core.Tenant;
import java.time.Clock;
import java.util.Map;

/**
 * Runs the API's own Run EOD for a company, as if that company's user had called it: the admin
 * clock's advance is exactly that many business days of EOD, never a second implementation of it.
 */
public final class EndOfDayDriver {

  private final SpecOperation operation;
  private final OperationHandler handler;
  private final Clock clock;
  private final RequestValidator validator;

  public EndOfDayDriver(CregoSpec spec, HandlerRegistry registry, Clock clock) {
    this.operation =
        spec.operation(OperationIds.RUN_EOD)
            .orElseThrow(
                () ->
                    new IllegalStateException("The spec has no operation " + OperationIds.RUN_EOD));
    this.handler =
        registry
            .get(OperationIds.RUN_EOD)
            .orElseThrow(() -> new IllegalStateException("No handler for " + OperationIds.RUN_EOD));
    this.clock = clock;
    this.validator = new RequestValidator(spec);
  }

  /** One end of day; the operation's {@code EodResult}. */
  JsonNode runFor(String companyId) {
    ApiRequest request =
        new ApiRequest(operation.method(), operation.pathTemplate(), Map.of(), Map.of(), null);
    OperationContext context =
        new OperationContext(
            operation,
            request,
            validator.validate(operation, Map.of(), request),
            new Tenant(companyId, "admin-clock"),
            clock.millis() / 1000.0);
    ApiResponse response = handler.handle(context);
    if (response.status() != 200) {
      throw new IllegalStateException(
          OperationIds.RUN_EOD + " answered " + response.status() + ": " + response.body());
    }
    return Json.read(response.body(), JsonNode.class);
  }
}
