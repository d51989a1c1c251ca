package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.crego.contract.stub.core.Dispatcher;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Hands every request the catch-all mapping matched to the {@link Dispatcher}; one that arrives
 * while the stub is still starting waits for it.
 */
final class DispatchTransformer implements ResponseDefinitionTransformerV2 {

  static final String NAME = "crego-dispatcher";

  private final Supplier<Dispatcher> dispatcher;
  private final PrintStream errors;

  DispatchTransformer(Supplier<Dispatcher> dispatcher, PrintStream errors) {
    this.dispatcher = dispatcher;
    this.errors = errors;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    try {
      return Exchange.apiResponse(
          dispatcher.get().dispatch(Exchange.request(serveEvent.getRequest())));
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
