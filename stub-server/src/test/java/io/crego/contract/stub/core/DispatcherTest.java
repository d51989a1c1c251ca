package io.crego.contract.stub.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.examples.ExampleResponder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The dispatcher's own guarantees, with handlers that misbehave on purpose. */
class DispatcherTest {

  private static final Tenant TENANT = new Tenant("c0ffee00-0000-4000-8000-000000000000", "u");

  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

  private Dispatcher dispatcher(ResponseCheck check, OperationHandler pingHandler) {
    CregoSpec spec = CregoSpec.get();
    HandlerRegistry registry = new HandlerRegistry().on(OperationIds.PING, pingHandler);
    new ExampleResponder(spec, new DeclaredResponses(spec)).fillGaps(registry);
    return Dispatcher.builder(spec, registry, (op, request) -> TENANT)
        .responseCheck(check)
        .errorLog(new PrintStream(errors, true, StandardCharsets.UTF_8))
        .build();
  }

  private static ApiRequest get(String path) {
    return new ApiRequest("GET", path, Map.of(), Map.of(), null);
  }

  private static JsonNode json(ApiResponse response) {
    return Json.read(response.body(), JsonNode.class);
  }

  @Test
  void aCrashingHandlerIsAGeneric500WithoutInternals() {
    ApiResponse response =
        dispatcher(
                ResponseCheck.OFF,
                context -> {
                  throw new IllegalStateException("secret detail at /home/dev/Handler.java:42");
                })
            .dispatch(get("/auth/ping/"));
    assertEquals(500, response.status());
    assertEquals("INTERNAL_ERROR", json(response).path("code").asText());
    assertFalse(response.body().contains("secret"), response.body());
    assertFalse(response.body().contains(".java"), response.body());
    assertTrue(errors.toString(StandardCharsets.UTF_8).contains("secret detail"), "logged");
  }

  @Test
  void aRefusalBecomesItsErrorBody() {
    ApiResponse response =
        dispatcher(
                ResponseCheck.ENFORCE,
                context -> {
                  throw new ApiException(401, ErrorCode.UNAUTHORIZED, "no", List.of(), null);
                })
            .dispatch(get("/auth/ping/"));
    assertEquals(401, response.status());
    assertEquals("UNAUTHORIZED", json(response).path("code").asText());
  }

  @Test
  void anUndeclaredStatusIsCaughtWhenEnforced() {
    ApiResponse response =
        dispatcher(ResponseCheck.ENFORCE, context -> ApiResponse.json(418, "{}"))
            .dispatch(get("/auth/ping/"));
    assertEquals(500, response.status());
    assertTrue(json(response).path("details").path("breaches").toString().contains("418"));
  }

  @Test
  void aBodyBreakingItsSchemaIsCaughtWhenEnforcedAndOnlyLoggedOtherwise() {
    OperationHandler wrongShape = context -> ApiResponse.json(200, "{\"status\": \"great\"}");
    assertEquals(
        500, dispatcher(ResponseCheck.ENFORCE, wrongShape).dispatch(get("/auth/ping/")).status());
    assertEquals(
        200, dispatcher(ResponseCheck.LOG, wrongShape).dispatch(get("/auth/ping/")).status());
    assertTrue(errors.toString(StandardCharsets.UTF_8).contains("CONTRACT BREACH"));
  }

  @Test
  void faultsAreUsedUpOnePerCall() {
    AtomicInteger calls = new AtomicInteger();
    FaultSchedule faults = new FaultSchedule();
    CregoSpec spec = CregoSpec.get();
    HandlerRegistry registry =
        new HandlerRegistry()
            .on(
                OperationIds.PING,
                context -> {
                  calls.incrementAndGet();
                  return ApiResponse.json(200, "{\"status\": \"ok\", \"time\": 1.5}");
                });
    new ExampleResponder(spec, new DeclaredResponses(spec)).fillGaps(registry);
    Dispatcher dispatcher =
        Dispatcher.builder(spec, registry, (op, request) -> TENANT).faults(faults).build();
    faults.add(new Fault(OperationIds.PING, FaultScope.EVERYONE, 0, 401, null, 2, 1, 0));

    assertEquals(401, dispatcher.dispatch(get("/auth/ping/")).status());
    assertEquals(401, dispatcher.dispatch(get("/auth/ping/")).status());
    assertEquals(200, dispatcher.dispatch(get("/auth/ping/")).status());
    assertEquals(1, calls.get(), "a faulted call does not reach the handler");
  }
}
