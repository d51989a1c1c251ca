package io.crego.contract.stub.core;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.RouteMatch;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Answers every API request: routes it by the spec, authenticates, validates, prepares the caller's
 * company, runs the operation's handler and turns any refusal or failure into the spec's {@code
 * Error} shape. It never throws. What cuts across every operation ({@code Prefer}, injected faults,
 * the response check, the access log) is a {@link DispatchListener}, asked at each phase of a call.
 */
public final class Dispatcher {

  /** Set on an answer whose {@code Prefer: code=NNN} was ignored, saying why. */
  public static final String PREFER_IGNORED_HEADER = PreferredResponses.IGNORED_HEADER;

  private final CregoSpec spec;
  private final HandlerRegistry handlers;
  private final Authentication authentication;
  private final RequestValidator validator;
  private final Consumer<String> prepareCompany;
  private final RouteHints hints;
  private final PrintStream errorLog;
  private final Clock clock;

  /** In the order they are asked; an array, so that a call allocates nothing to walk it. */
  private final DispatchListener[] listeners;

  private Dispatcher(Builder builder) {
    this.spec = Objects.requireNonNull(builder.spec, "spec");
    this.handlers = Objects.requireNonNull(builder.handlers, "handlers");
    this.authentication = Objects.requireNonNull(builder.authentication, "authentication");
    this.prepareCompany = builder.prepareCompany;
    this.errorLog = builder.errorLog;
    this.clock = builder.clock;
    this.validator = new RequestValidator(spec);
    this.hints = new RouteHints(spec);
    this.listeners = builder.listeners().toArray(DispatchListener[]::new);
  }

  public static Builder builder(CregoSpec spec, HandlerRegistry handlers, Authentication auth) {
    return new Builder(spec, handlers, auth);
  }

  public ApiResponse dispatch(ApiRequest request) {
    PipelineCall call = new PipelineCall(request, System.nanoTime());
    ApiResponse response;
    try {
      response = answer(call);
    } catch (ApiException e) {
      response = ErrorResponses.of(e);
    } catch (RuntimeException | StackOverflowError e) {
      response = internalError(call, e);
    }
    for (DispatchListener listener : listeners) {
      listener.afterComplete(call, response);
    }
    return response;
  }

  private ApiResponse answer(PipelineCall call) {
    ApiRequest request = call.request();
    RouteMatch match =
        spec.match(request.method(), request.path())
            .orElseThrow(() -> hints.notFound(request.method(), request.path()));
    call.routedTo(match.operation());
    // Nothing answers a protected operation without its token: not a preferred response, not a
    // fault.
    call.authenticatedAs(authentication.authenticate(match.operation(), request));
    for (DispatchListener listener : listeners) {
      Optional<ApiResponse> early = listener.beforeHandling(call);
      if (early.isPresent()) {
        return early.get();
      }
    }
    ApiResponse answer;
    try {
      answer = handle(match, call);
    } catch (ApiException e) {
      answer = ErrorResponses.of(e);
    }
    for (DispatchListener listener : listeners) {
      answer = listener.afterAnswer(call, answer);
    }
    return answer;
  }

  private ApiResponse handle(RouteMatch match, PipelineCall call) {
    SpecOperation operation = match.operation();
    ValidRequest valid = validator.validate(operation, match.pathParams(), call.request());
    prepareCompany.accept(call.tenant().companyId());
    OperationHandler handler =
        handlers
            .get(operation.operationId())
            .orElseThrow(
                () -> new IllegalStateException("No handler for " + operation.operationId()));
    OperationContext context =
        new OperationContext(
            operation, call.request(), valid, call.tenant(), clock.millis() / 1000.0);
    return Objects.requireNonNull(
        handler.handle(context), () -> operation.operationId() + "'s handler returned null");
  }

  private ApiResponse internalError(PipelineCall call, Throwable e) {
    errorLog.println(
        "INTERNAL ERROR in "
            + call.operationId()
            + " ("
            + call.request().method()
            + " "
            + call.request().path()
            + "):");
    e.printStackTrace(errorLog);
    return ErrorResponses.of(
        500,
        ErrorCode.INTERNAL_ERROR,
        "The stub failed to answer this request; the details are in its log.");
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
    private final List<DispatchListener> added = new ArrayList<>();

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

    /**
     * Adds a concern of its own, asked after the preferred responses and the injected faults and
     * before the response check (so the check sees what it did to an answer) and the access log.
     */
    public Builder listener(DispatchListener listener) {
      added.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * The listeners in the order they are asked. The order is the contract's: a declared {@code
     * Prefer} answers before a fault is used up; a fault answers before validation; the response
     * check sees the answer with everything else done to it; the access log sees the final
     * response.
     */
    private List<DispatchListener> listeners() {
      DeclaredResponses declared = new DeclaredResponses(spec);
      List<DispatchListener> all = new ArrayList<>();
      all.add(new PreferredResponses(declared));
      all.add(new FaultInjection(faults, declared));
      all.addAll(added);
      if (responseCheck != ResponseCheck.OFF) {
        all.add(new ResponseChecking(new ResponseContract(spec), responseCheck, errorLog));
      }
      all.add(new AccessLogging(accessLog));
      return all;
    }

    public Dispatcher build() {
      return new Dispatcher(this);
    }
  }
}
