package io.crego.contract.stub.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Violation;
import io.crego.contract.spec.model.ErrorDetail;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.core.Tenant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Calls handlers as the dispatcher would, without HTTP: the request body must be valid against the
 * spec (the dispatcher guarantees that), a refusal becomes the spec's {@code Error} body, and every
 * answer is checked against the schema the spec declares for its operation and status.
 */
public final class HandlerHarness {

  private static final CregoSpec SPEC = CregoSpec.get();

  /** 2024-06-17 13:12:05.5 IST, then one second later on each call. */
  private static final long START_MICROS = 1_718_610_125_500_000L;

  private final HandlerRegistry registry = new HandlerRegistry();
  private final AtomicLong clockMicros = new AtomicLong(START_MICROS);

  public HandlerHarness(HandlerGroup... groups) {
    for (HandlerGroup group : groups) {
      group.register(registry);
    }
  }

  public Call call(String companyId, String operationId) {
    return new Call(companyId, operationId);
  }

  /** The time the next call will see, epoch seconds. */
  public double now() {
    return clockMicros.get() / 1_000_000.0;
  }

  /** One request being built. */
  public final class Call {
    private final String companyId;
    private final SpecOperation operation;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private String body;

    private Call(String companyId, String operationId) {
      this.companyId = companyId;
      this.operation =
          SPEC.operation(operationId)
              .orElseThrow(() -> new IllegalArgumentException("No operation " + operationId));
    }

    public Call id(Object id) {
      pathParams.put("id", id.toString());
      return this;
    }

    public Call query(String name, Object value) {
      query.put(name, List.of(value.toString()));
      return this;
    }

    public Call body(String json) {
      this.body = json;
      return this;
    }

    /** Sends the request; checks the answer against the spec. */
    public Exchange send() {
      JsonNode parsed = body == null ? MissingNode.getInstance() : parse(body);
      if (body != null) {
        assertValid(operation.requestBodySchema(), parsed, "request body of " + name());
      }
      String path = operation.pathTemplate();
      for (Map.Entry<String, String> param : pathParams.entrySet()) {
        path = path.replace("{" + param.getKey() + "}", param.getValue());
      }
      ApiRequest request =
          new ApiRequest(
              operation.method(),
              path,
              query,
              Map.of("content-type", "application/json"),
              body == null ? null : body.getBytes(StandardCharsets.UTF_8));
      double now = clockMicros.getAndAdd(1_000_000L) / 1_000_000.0;
      OperationContext context =
          new OperationContext(
              operation,
              request,
              Map.copyOf(pathParams),
              parsed,
              new Tenant(companyId, "user-" + companyId),
              now);
      Exchange exchange = answer(context);
      checkAgainstSpec(exchange);
      return exchange;
    }

    private Exchange answer(OperationContext context) {
      try {
        ApiResponse response =
            registry
                .get(operation.operationId())
                .orElseThrow(() -> new AssertionError("no handler for " + name()))
                .handle(context);
        return new Exchange(
            operation.operationId(),
            response.status(),
            response.body() == null ? MissingNode.getInstance() : parse(response.body()),
            response.body());
      } catch (ApiException refusal) {
        JsonNode error = errorBody(refusal);
        return new Exchange(operation.operationId(), refusal.status(), error, error.toString());
      }
    }

    private void checkAgainstSpec(Exchange exchange) {
      assertTrue(
          operation.responseCodes().contains(exchange.status()),
          name()
              + " answered "
              + exchange.status()
              + ", which the spec does not declare: "
              + exchange.body());
      String schema =
          operation
              .responseSchema(exchange.status())
              .orElseThrow(
                  () -> new AssertionError(name() + " " + exchange.status() + " has no schema"));
      assertValid(schema, exchange.body(), "answer " + exchange.status() + " of " + name());
    }

    private String name() {
      return operation.operationId();
    }
  }

  /** The spec's {@code Error} body for a refusal, as the dispatcher renders it. */
  static JsonNode errorBody(ApiException refusal) {
    ObjectNode error = Json.MAPPER.createObjectNode();
    error.put("code", refusal.code().getValue());
    error.put("message", refusal.getMessage());
    ArrayNode errors = error.putArray("errors");
    for (ErrorDetail field : refusal.errors()) {
      errors
          .addObject()
          .put("in", field.getIn().getValue())
          .put("field", field.getField())
          .put("message", field.getMessage());
    }
    if (!refusal.details().isEmpty()) {
      error.set("details", Json.tree(refusal.details()));
    }
    return error;
  }

  /** Fails with every violation when {@code instance} breaks the schema at {@code pointer}. */
  public static void assertValid(String pointer, JsonNode instance, String what) {
    List<Violation> violations = SPEC.validator().validate(pointer, instance);
    if (!violations.isEmpty()) {
      StringBuilder text = new StringBuilder(what + " breaks " + pointer + ":");
      violations.forEach(v -> text.append("\n  ").append(v));
      fail(text.append("\n").append(instance).toString());
    }
  }

  private static JsonNode parse(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  /**
   * What came back: status and body (the {@code Error} body for a refusal), parsed and as sent. The
   * parsed tree normalises decimals ({@code 200.50} reads {@code 200.5}): compare money with {@link
   * #money}, or look at {@code text} for how it was written.
   */
  public record Exchange(String operationId, int status, JsonNode body, String text) {

    public Exchange expect(int expected) {
      assertEquals(expected, status, operationId + " answered " + body);
      return this;
    }

    /** Expects a refusal with this status and code. */
    public Exchange expectError(int expected, String code) {
      expect(expected);
      assertEquals(code, body.path("code").asText(), operationId + " answered " + body);
      return this;
    }

    public String text(String pointer) {
      return body.at(pointer).asText();
    }

    /** A money field, to the paisa. */
    public BigDecimal money(String pointer) {
      return body.at(pointer).decimalValue().setScale(2, RoundingMode.UNNECESSARY);
    }

    public String id() {
      return text("/id");
    }
  }
}
