package io.crego.contract.stub.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.examples.ExampleResponder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's phases as a listener sees them, and the order of the built-in concerns ({@code
 * Prefer}, faults, the response check, the access log) around the handler.
 */
class DispatchListenerTest {

  private static final CregoSpec SPEC = CregoSpec.get();
  private static final Tenant TENANT = new Tenant("c0ffee00-0000-4000-8000-000000000000", "u");
  private static final String PING = "/auth/ping/";
  private static final String PONG = "{\"status\": \"ok\", \"time\": 1.5}";

  private final AtomicInteger handled = new AtomicInteger();
  private final List<String> phases = new ArrayList<>();
  private final List<String> accessLog = new ArrayList<>();
  private final FaultSchedule faults = new FaultSchedule();
  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

  /** Writes down each phase it is told of. */
  private final class Recorder implements DispatchListener {
    private final String name;

    Recorder(String name) {
      this.name = name;
    }

    @Override
    public Optional<ApiResponse> beforeHandling(PipelineCall call) {
      phases.add(name + " before " + call.operationId() + " " + call.tenant().userId());
      return Optional.empty();
    }

    @Override
    public ApiResponse afterAnswer(PipelineCall call, ApiResponse answer) {
      phases.add(name + " after " + answer.status());
      return answer;
    }

    @Override
    public void afterComplete(PipelineCall call, ApiResponse response) {
      phases.add(name + " complete " + call.operationId() + " " + response.status());
    }
  }

  private Dispatcher.Builder builder() {
    HandlerRegistry registry =
        new HandlerRegistry()
            .on(
                OperationIds.PING,
                context -> {
                  handled.incrementAndGet();
                  return ApiResponse.json(200, PONG);
                });
    new ExampleResponder(SPEC, new DeclaredResponses(SPEC)).fillGaps(registry);
    return Dispatcher.builder(SPEC, registry, (op, request) -> TENANT)
        .faults(faults)
        .errorLog(new PrintStream(errors, true, StandardCharsets.UTF_8))
        .accessLog(
            (method, path, status, millis, operationId) ->
                accessLog.add(method + " " + path + " " + status + " " + operationId));
  }

  private static ApiRequest get(String path, Map<String, String> headers) {
    return new ApiRequest("GET", path, Map.of(), headers, null);
  }

  private static ApiRequest ping() {
    return get(PING, Map.of());
  }

  private static ApiRequest prefer(String code) {
    return get(PING, Map.of("prefer", "code=" + code));
  }

  private void scheduleFault(int status) {
    faults.add(new Fault(OperationIds.PING, FaultScope.EVERYONE, 0, status, null, 1, 1, 0));
  }

  @Test
  void listenersAreToldOfEachPhaseInTheOrderTheyWereAdded() {
    Dispatcher dispatcher =
        builder().listener(new Recorder("first")).listener(new Recorder("second")).build();

    assertEquals(200, dispatcher.dispatch(ping()).status());
    assertEquals(
        List.of(
            "first before ping u",
            "second before ping u",
            "first after 200",
            "second after 200",
            "first complete ping 200",
            "second complete ping 200"),
        phases);
  }

  @Test
  void aCallNoOperationServesIsOnlyCompleted() {
    Dispatcher dispatcher = builder().listener(new Recorder("only")).build();

    assertEquals(404, dispatcher.dispatch(get("/v1/lms/nothing/", Map.of())).status());
    assertEquals(List.of("only complete - 404"), phases);
    assertEquals(List.of("GET /v1/lms/nothing/ 404 -"), accessLog);
  }

  @Test
  void anAnswerBeforeHandlingIsFinal() {
    DispatchListener teapot =
        new DispatchListener() {
          @Override
          public Optional<ApiResponse> beforeHandling(PipelineCall call) {
            return Optional.of(ApiResponse.json(418, "{}"));
          }
        };
    Dispatcher dispatcher =
        builder()
            .listener(teapot)
            .listener(new Recorder("later"))
            .responseCheck(ResponseCheck.ENFORCE)
            .build();

    assertEquals(418, dispatcher.dispatch(ping()).status(), "not checked: no handler answered");
    assertEquals(0, handled.get(), "the handler did not run");
    assertEquals(List.of("later complete ping 418"), phases, "later listeners not asked");
    assertEquals(List.of("GET /auth/ping/ 418 ping"), accessLog);
  }

  @Test
  void theResponseCheckSeesWhatAnAddedListenerDidToTheAnswer() {
    DispatchListener breaker =
        new DispatchListener() {
          @Override
          public ApiResponse afterAnswer(PipelineCall call, ApiResponse answer) {
            return ApiResponse.json(200, "{\"status\": \"great\"}");
          }
        };
    Dispatcher dispatcher =
        builder().listener(breaker).responseCheck(ResponseCheck.ENFORCE).build();

    ApiResponse response = dispatcher.dispatch(ping());
    assertEquals(500, response.status());
    assertTrue(errors.toString(StandardCharsets.UTF_8).contains("CONTRACT BREACH: ping"));
    assertEquals(List.of("GET /auth/ping/ 500 ping"), accessLog, "the final response is logged");
  }

  @Test
  void aDeclaredPreferenceAnswersBeforeAFaultIsUsedUp() {
    Dispatcher dispatcher = builder().build();
    scheduleFault(503);

    assertEquals(429, dispatcher.dispatch(prefer("429")).status());
    assertEquals(503, dispatcher.dispatch(ping()).status(), "the fault still waited");
    assertEquals(200, dispatcher.dispatch(ping()).status());
    assertEquals(1, handled.get());
  }

  @Test
  void aFaultAnswersBeforeTheRequestIsValidated() {
    SpecOperation create = SPEC.operation(OperationIds.CREATE_RECORD).orElseThrow();
    Dispatcher dispatcher = builder().build();
    ApiRequest invalid =
        new ApiRequest(
            create.method(),
            create.pathTemplate(),
            Map.of(),
            Map.of("content-type", "application/json"),
            "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, dispatcher.dispatch(invalid).status(), "invalid without a fault");

    faults.add(new Fault(OperationIds.CREATE_RECORD, FaultScope.EVERYONE, 0, 503, null, 1, 1, 0));
    assertEquals(503, dispatcher.dispatch(invalid).status());
  }

  @Test
  void anIgnoredPreferenceIsNamedOnTheHandlersAnswerOnly() {
    Dispatcher dispatcher = builder().responseCheck(ResponseCheck.ENFORCE).build();

    ApiResponse handledAnswer = dispatcher.dispatch(prefer("418"));
    assertEquals(200, handledAnswer.status());
    assertTrue(
        handledAnswer
            .headers()
            .getOrDefault(Dispatcher.PREFER_IGNORED_HEADER, "")
            .startsWith("code=418 is not a response ping declares"),
        handledAnswer.headers().toString());

    scheduleFault(503);
    ApiResponse faulted = dispatcher.dispatch(prefer("418"));
    assertEquals(503, faulted.status());
    assertTrue(
        !faulted.headers().containsKey(Dispatcher.PREFER_IGNORED_HEADER),
        "a fault's answer is the spec's, not the handler's: " + faulted.headers());
  }

  @Test
  void anUndeclaredPreferenceIsRefusedWhereTheOperationDeclares400() {
    SpecOperation list = SPEC.operation(OperationIds.LIST_RECORDS).orElseThrow();
    Dispatcher dispatcher = builder().build();
    faults.add(new Fault(OperationIds.LIST_RECORDS, FaultScope.EVERYONE, 0, 503, null, 1, 1, 0));

    ApiResponse refused =
        dispatcher.dispatch(get(list.pathTemplate(), Map.of("prefer", "code=418")));
    assertEquals(400, refused.status());
    assertTrue(refused.body().contains("Prefer"), refused.body());
    assertEquals(
        503,
        dispatcher.dispatch(get(list.pathTemplate(), Map.of())).status(),
        "the refused call left the fault waiting");
  }
}
