package io.crego.contract.stub.explorer;

import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.explorer.SwaggerUiWebjar.TextFile;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The interactive API page at {@value #PATH}: Swagger UI, served from its webjar, reading the
 * contract the stub serves and sending "Try it out" calls to the stub itself.
 *
 * <p>It answers {@code GET /docs}, {@code /docs/} and the page's files. Anything else under {@code
 * /docs/} is not the explorer's, so {@link #serves} says no and the request is routed like any
 * other (an unknown path is the usual 404 in the contract's {@code Error} shape).
 */
public final class ApiExplorer {

  /** The page's address; its files live under it. */
  public static final String PATH = "/docs/";

  private static final String PATH_WITHOUT_SLASH = "/docs";
  private static final String INDEX = "index.html";
  private static final String INITIALIZER = "swagger-initializer.js";

  private final SwaggerUiWebjar webjar;
  private final ExplorerPage page;

  private ApiExplorer(String specUrl, Optional<String> devToken) {
    this.webjar = SwaggerUiWebjar.onClasspath();
    this.page = new ExplorerPage(specUrl, devToken);
  }

  /** An explorer whose visitors type a token in the authorisation dialog themselves. */
  public static ApiExplorer forSpec(String specUrl) {
    return new ApiExplorer(specUrl, Optional.empty());
  }

  /**
   * An explorer that pre-fills the dialog with the dev token. Only for the dev token: the page is
   * open to anyone who can reach the stub, and the start-up banner prints that token anyway.
   */
  public static ApiExplorer forSpecWithDevToken(String specUrl, String devToken) {
    return new ApiExplorer(specUrl, Optional.of(Objects.requireNonNull(devToken, "devToken")));
  }

  /** The Swagger UI version the page is built with. */
  public String swaggerUiVersion() {
    return webjar.version();
  }

  /** Whether this request is for the page or one of its files. */
  public boolean serves(ApiRequest request) {
    return request.method().equals("GET") && file(request.path()).isPresent();
  }

  /**
   * The answer to a request {@link #serves} accepted.
   *
   * @throws IllegalArgumentException for any other request
   */
  public ApiResponse answer(ApiRequest request) {
    if (!request.method().equals("GET")) {
      throw new IllegalArgumentException("Not the explorer's: " + request.method());
    }
    return file(request.path())
        .orElseThrow(() -> new IllegalArgumentException("Not the explorer's: " + request.path()));
  }

  private Optional<ApiResponse> file(String path) {
    if (path.equals(PATH_WITHOUT_SLASH)) {
      // the page's files are addressed relative to it, which only works from /docs/
      return Optional.of(new ApiResponse(302, null, Map.of("Location", PATH)));
    }
    if (!path.startsWith(PATH)) {
      return Optional.empty();
    }
    String name = path.substring(PATH.length());
    return switch (name) {
      case "", INDEX -> Optional.of(text(page.html(), SwaggerUiWebjar.contentType(INDEX)));
      case INITIALIZER ->
          Optional.of(text(page.initializer(), SwaggerUiWebjar.contentType(INITIALIZER)));
      default -> webjar.file(name).map(ApiExplorer::text);
    };
  }

  private static ApiResponse text(TextFile file) {
    return text(file.text(), file.contentType());
  }

  // no-cache: a browser checks again on each visit, so a restarted stub with another token or a
  // newer Swagger UI never meets a stale copy; the files come from memory, so it costs little
  private static ApiResponse text(String body, String contentType) {
    return new ApiResponse(
        200, body, Map.of("Content-Type", contentType, "Cache-Control", "no-cache"));
  }
}
