package io.crego.contract.stub.core;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.RouteMatch;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.explorer.ApiExplorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Answers every API request: routes it by the spec, applies {@code Prefer} and injected faults,
 * authenticates, validates, prepares the caller's company, runs the operation's handler and turns
 * any refusal or failure into the spec's {@code Error} shape. It never throws, and each call leaves
 * one line in the access log.
 */
public final class Dispatcher {

  public static final String SPEC_PATH = "/openapi.yaml";

  /** Set on an answer whose {@code Prefer: code=NNN} was ignored, saying why. */
  public static final String PREFER_IGNORED_HEADER = "X-Crego-Prefer-Ignored";

  private final CregoSpec spec;
  private final HandlerRegistry handlers;
  private final Authentication authentication;
  private final RequestValidator validator;
  private final DeclaredResponses declared;
  private final FaultSchedule faults;
  private final Consumer<String> prepareCompany;
  private final ResponseCheck responseCheck;
  private final ResponseContract contract;
  private final RouteHints hints;
  private final AccessLog accessLog;
  private final PrintStream errorLog;
  private final Clock clock;
  private final ApiExplorer explorer;
  private final byte[] specYaml;

  private Dispatcher(Builder builder) {
    this.spec = Objects.requireNonNull(builder.spec, "spec");
    this.handlers = Objects.requireNonNull(builder.handlers, "handlers");
    this.authentication = Objects.requireNonNull(builder.authentication, "authentication");
    this.faults = builder.faults;
    this.prepareCompany = builder.prepareCompany;
    this.responseCheck = builder.responseCheck;
    this.accessLog = builder.accessLog;
    this.errorLog = builder.errorLog;
    this.clock = builder.clock;
    this.explorer = builder.explorer != null ? builder.explorer : ApiExplorer.forSpec(SPEC_PATH);
    this.validator = new RequestValidator(spec);
    this.declared = new DeclaredResponses(spec);
    this.contract = new ResponseContract(spec);
    this.hints = new RouteHints(spec);
    this.specYaml = specYaml();
  }

  public static Builder builder(CregoSpec spec, HandlerRegistry handlers, Authentication auth) {
    return new Builder(spec, handlers, auth);
  }

  public ApiResponse dispatch(ApiRequest request) {
    long started = System.nanoTime();
    String operationId = "-";
    ApiResponse response;
    try {
      if (request.method().equals("GET") && request.path().equals(SPEC_PATH)) {
        response = specDocument();
      } else if (explorer.serves(request)) {
        response = explorer.answer(request);
      } else {
        RouteMatch match =
            spec.match(request.method(), request.path())
                .orElseThrow(() -> hints.notFound(request.method(), request.path()));
        operationId = match.operation().operationId();
        response = answer(match, request);
      }
    } catch (ApiException e) {
      response = ErrorResponses.of(e);
    } catch (RuntimeException | StackOverflowError e) {
      response = internalError(request, operationId, e);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    accessLog.record(
        request.method(),
        request.path(),
        response.status(),
        millis,
        response.networkFault() == null
            ? operationId
            : operationId + " fault=" + response.networkFault());
    return response;
  }

  /** The spec document, served so that tools can fetch the contract from the stub itself. */
  private ApiResponse specDocument() {
    return new ApiResponse(
        200,
        new String(specYaml, StandardCharsets.UTF_8),
        Map.of("Content-Type", "application/yaml; charset=utf-8"));
  }

  private ApiResponse answer(RouteMatch match, ApiRequest request) {
    SpecOperation operation = match.operation();
    // Nothing answers a protected operation without its token: not a preferred response, not a
    // fault.
    Tenant tenant = authentication.authenticate(operation, request);
    Optional<Integer> preferred = PreferHeader.code(request);
    String ignoredPreference = null;
    if (preferred.isPresent()) {
      if (operation.responseCodes().contains(preferred.get())) {
        return declared.respond(operation, preferred.get());
      }
      ignoredPreference = undeclaredPreference(operation, preferred.get());
    }
    Optional<Fault> fault = faults.take(operation.operationId(), tenant);
    if (fault.isPresent()) {
      pause(fault.get().delayMillis());
      if (fault.get().network() != null) {
        return ApiResponse.networkFault(fault.get().network());
      }
      if (fault.get().status() != null) {
        return declared.respond(operation, fault.get().status());
      }
    }
    ApiResponse response;
    try {
      response = handle(match, request, tenant);
    } catch (ApiException e) {
      response = ErrorResponses.of(e);
    }
    if (ignoredPreference != null) {
      response = withHeader(response, PREFER_IGNORED_HEADER, ignoredPreference);
    }
    return responseCheck == ResponseCheck.OFF ? response : checked(operation, response);
  }

  private ApiResponse handle(RouteMatch match, ApiRequest request, Tenant tenant) {
    SpecOperation operation = match.operation();
    ValidRequest valid = validator.validate(operation, match.pathParams(), request);
    prepareCompany.accept(tenant.companyId());
    OperationHandler handler =
        handlers
            .get(operation.operationId())
            .orElseThrow(
                () -> new IllegalStateException("No handler for " + operation.operationId()));
    OperationContext context =
        new OperationContext(operation, request, valid, tenant, clock.millis() / 1000.0);
    return Objects.requireNonNull(
        handler.handle(context), () -> operation.operationId() + "'s handler returned null");
  }

  /**
   * A {@code Prefer: code=NNN} the operation does not declare: a 400 naming the declared codes
   * where the operation declares 400; elsewhere (ping, runEod) a 400 would itself be outside the
   * contract, so the preference is ignored and the answer says so in a header.
   */
  private String undeclaredPreference(SpecOperation operation, int status) {
    String explanation =
        "code="
            + status
            + " is not a response "
            + operation.operationId()
            + " declares; declared: "
            + declared.declaredStatuses(operation);
    if (operation.responseCodes().contains(400)) {
      throw ApiException.invalid(ErrorDetails.header("Prefer", explanation));
    }
    return explanation;
  }

  private static ApiResponse withHeader(ApiResponse response, String name, String value) {
    Map<String, String> headers = new LinkedHashMap<>(response.headers());
    headers.put(name, value);
    return response.withHeaders(headers);
  }

  private ApiResponse checked(SpecOperation operation, ApiResponse response) {
    List<String> breaches = contract.breaches(operation, response);
    if (breaches.isEmpty()) {
      return response;
    }
    errorLog.println(
        "CONTRACT BREACH: "
            + operation.operationId()
            + " answered "
            + response.status()
            + ": "
            + String.join("; ", breaches));
    if (responseCheck == ResponseCheck.LOG) {
      return response;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("operation", operation.operationId());
    details.put("status", response.status());
    details.put("breaches", breaches);
    return ErrorResponses.of(
        new ApiException(
            500,
            ErrorCode.INTERNAL_ERROR,
            "The stub's response to "
                + operation.operationId()
                + " is outside the contract; this is a defect of the stub.",
            List.of(),
            details));
  }

  private ApiResponse internalError(ApiRequest request, String operationId, Throwable e) {
    errorLog.println(
        "INTERNAL ERROR in " + operationId + " (" + request.method() + " " + request.path() + "):");
    e.printStackTrace(errorLog);
    return ErrorResponses.of(
        500,
        ErrorCode.INTERNAL_ERROR,
        "The stub failed to answer this request; the details are in its log.");
  }

  private static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] specYaml() {
    ClassLoader loader = Dispatcher.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(CregoSpec.CLASSPATH_LOCATION)) {
      if (in == null) {
        throw new IllegalStateException("No " + CregoSpec.CLASSPATH_LOCATION + " on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dispatcher's optional collaborators, each with a harmless default. */
  public static final class Builder {
    private final CregoSpec spec;
    private final HandlerRegistry handlers;
    private final Authentication authentication;
    private FaultSchedule faults = new FaultSchedule();
    private Consumer<String> prepareCompany = companyId -> {};
    private ResponseCheck responseCheck = ResponseCheck.OFF;
    private AccessLog accessLog = AccessLog.none();
    private PrintStream errorLog = System.err;
    private Clock clock = Clock.systemUTC();
    private ApiExplorer explorer;

    private Builder(CregoSpec spec, HandlerRegistry handlers, Authentication authentication) {
      this.spec = spec;
      this.handlers = handlers;
      this.authentication = authentication;
    }

    public Builder faults(FaultSchedule faults) {
      this.faults = faults;
      return this;
    }

    /** Runs before each handler with the caller's company, e.g. to seed it. */
    public Builder prepareCompany(Consumer<String> prepareCompany) {
      this.prepareCompany = prepareCompany;
      return this;
    }

    public Builder responseCheck(ResponseCheck responseCheck) {
      this.responseCheck = responseCheck;
      return this;
    }

    public Builder accessLog(AccessLog accessLog) {
      this.accessLog = accessLog;
      return this;
    }

    public Builder errorLog(PrintStream errorLog) {
      this.errorLog = errorLog;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The API page at {@code /docs/}; by default one that does not pre-fill a token. */
    public Builder explorer(ApiExplorer explorer) {
      this.explorer = explorer;
      return this;
    }

    public Dispatcher build() {
      return new Dispatcher(this);
    }
  }
}
