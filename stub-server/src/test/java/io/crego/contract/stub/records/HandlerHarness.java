package io.crego.contract.stub.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Violation;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.core.Authentication;
import io.crego.contract.stub.core.Dispatcher;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.core.ResponseCheck;
import io.crego.contract.stub.core.Tenant;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends requests to handler groups through the stub's real {@link Dispatcher}, in process: each
 * request is routed by its method and path, authenticated, validated against the spec, answered,
 * and its answer checked against the contract with the check enforcing (a breach is a 500 and fails
 * the call here). Refusals are the Dispatcher's own {@code Error} bodies.
 *
 * <p>A call acts for a company by its bearer token, which is the company id: the tests keep their
 * data in the store under ids they choose. The real bearer tokens are tested over HTTP ({@code
 * server/AuthTest}); here the authentication step still runs where it does for every request.
 */
public final class HandlerHarness {

  private static final CregoSpec SPEC = CregoSpec.get();

  /** 2024-06-17 13:12:05.5 IST, then one second later on each call. */
  private static final long START_MILLIS = 1_718_610_125_500L;

  private final TickingClock clock = new TickingClock(START_MILLIS);
  private final ByteArrayOutputStream errorLog = new ByteArrayOutputStream();
  private final Dispatcher dispatcher;

  public HandlerHarness(HandlerGroup... groups) {
    this(registryOf(groups));
  }

  public HandlerHarness(HandlerRegistry handlers) {
    this.dispatcher =
        Dispatcher.builder(SPEC, handlers, new CompanyTokens())
            .responseCheck(ResponseCheck.ENFORCE)
            .errorLog(new PrintStream(errorLog, true, StandardCharsets.UTF_8))
            .clock(clock)
            .build();
  }

  private static HandlerRegistry registryOf(HandlerGroup... groups) {
    HandlerRegistry registry = new HandlerRegistry();
    for (HandlerGroup group : groups) {
      group.register(registry);
    }
    return registry;
  }

  public Call call(String companyId, String operationId) {
    return new Call(companyId, operationId);
  }

  /** The time the next call will see, epoch seconds. */
  public double now() {
    return clock.peekMillis() / 1000.0;
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

    /**
     * Sends the request through the Dispatcher; fails when the stub logged a contract breach or an
     * internal error for it.
     */
    public Exchange send() {
      String path = operation.pathTemplate();
      for (Map.Entry<String, String> param : pathParams.entrySet()) {
        path = path.replace("{" + param.getKey() + "}", param.getValue());
      }
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("authorization", "Bearer " + companyId);
      if (body != null) {
        headers.put("content-type", "application/json");
      }
      ApiRequest request =
          new ApiRequest(
              operation.method(),
              path,
              query,
              headers,
              body == null ? null : body.getBytes(StandardCharsets.UTF_8));
      ApiResponse response = dispatcher.dispatch(request);
      String logged = errorLog.toString(StandardCharsets.UTF_8);
      if (!logged.isEmpty()) {
        fail(operation.operationId() + " answered " + response.status() + ":\n" + logged);
      }
      return new Exchange(
          operation.operationId(),
          response.status(),
          response.body() == null ? MissingNode.getInstance() : parse(response.body()),
          response.body());
    }
  }

  /** The bearer token is the company id; an operation that needs one refuses a call without. */
  private static final class CompanyTokens implements Authentication {
    @Override
    public Tenant authenticate(SpecOperation operation, ApiRequest request) {
      String company = request.header("authorization").orElse("").replaceFirst("^Bearer ", "");
      if (company.isEmpty() && operation.authRequired()) {
        throw new ApiException(
            401,
            ErrorCode.UNAUTHORIZED,
            "Authentication credentials were not provided.",
            List.of(ErrorDetails.header("Authorization", "is required")),
            null);
      }
      return new Tenant(company, "user-" + company);
    }
  }

  /** One second later each time the Dispatcher reads the time, so timestamps tell calls apart. */
  private static final class TickingClock extends Clock {
    private final AtomicLong millis;

    TickingClock(long startMillis) {
      this.millis = new AtomicLong(startMillis);
    }

    long peekMillis() {
      return millis.get();
    }

    @Override
    public long millis() {
      return millis.getAndAdd(1000L);
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the harness's clock is UTC");
    }
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
