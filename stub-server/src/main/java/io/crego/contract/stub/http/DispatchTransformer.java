package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.AccessLog;
import io.crego.contract.stub.core.Dispatcher;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Hands every request the catch-all mapping matched to the {@link Dispatcher}, but for the spec and
 * the API explorer ({@link DocumentRoutes}), answered here; one that arrives while the stub is
 * still starting waits for it.
 */
final class DispatchTransformer implements ResponseDefinitionTransformerV2 {

  static final String NAME = "crego-dispatcher";

  /** The access log's operation column for a call no operation answered, as the dispatcher's. */
  private static final String NO_OPERATION = "-";

  private final Supplier<Dispatcher> dispatcher;
  private final Supplier<DocumentRoutes> documents;
  private final AccessLog accessLog;
  private final PrintStream errors;

  DispatchTransformer(
      Supplier<Dispatcher> dispatcher,
      Supplier<DocumentRoutes> documents,
      AccessLog accessLog,
      PrintStream errors) {
    this.dispatcher = dispatcher;
    this.documents = documents;
    this.accessLog = accessLog;
    this.errors = errors;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    try {
      long started = System.nanoTime();
      ApiRequest request = Exchange.request(serveEvent.getRequest());
      Optional<ApiResponse> document = documents.get().answer(request);
      if (document.isEmpty()) {
        return Exchange.apiResponse(dispatcher.get().dispatch(request));
      }
      // the dispatcher logs the calls it answers; these need their line too
      accessLog.record(
          request.method(),
          request.path(),
          document.get().status(),
          (System.nanoTime() - started) / 1_000_000,
          NO_OPERATION);
      return Exchange.apiResponse(document.get());
    } catch (RuntimeException e) {
      errors.println("INTERNAL ERROR at the HTTP edge:");
      e.printStackTrace(errors);
      return Exchange.internalError();
    }
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
