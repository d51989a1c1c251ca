package io.crego.contract.stub.http;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.explorer.ApiExplorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The routes that document the API rather than belong to it: the spec at {@value #SPEC_PATH}, so
 * that tools can fetch the contract from the stub itself, and the API explorer at {@value
 * ApiExplorer#PATH}. They are answered at the edge, before the dispatcher, which routes only the
 * spec's operations; everything else goes on to it.
 */
public final class DocumentRoutes {

  public static final String SPEC_PATH = "/openapi.yaml";

  private final ApiExplorer explorer;
  private final String specYaml;

  private DocumentRoutes(ApiExplorer explorer) {
    this.explorer = explorer;
    this.specYaml = specYaml();
  }

  /**
   * Routes whose explorer pre-fills its authorisation dialog with the dev token (the start-up
   * banner prints that token anyway, and the page can then be tried at once).
   */
  public static DocumentRoutes withDevToken(String devToken) {
    return new DocumentRoutes(ApiExplorer.forSpecWithDevToken(SPEC_PATH, devToken));
  }

  /** The answer when the request is for the spec or the explorer; empty for any other. */
  Optional<ApiResponse> answer(ApiRequest request) {
    if (request.method().equals("GET") && request.path().equals(SPEC_PATH)) {
      return Optional.of(
          new ApiResponse(
              200, specYaml, Map.of("Content-Type", "application/yaml; charset=utf-8")));
    }
    if (explorer.serves(request)) {
      return Optional.of(explorer.answer(request));
    }
    return Optional.empty();
  }

  private static String specYaml() {
    ClassLoader loader = DocumentRoutes.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(CregoSpec.CLASSPATH_LOCATION)) {
      if (in == null) {
        throw new IllegalStateException("No " + CregoSpec.CLASSPATH_LOCATION + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
