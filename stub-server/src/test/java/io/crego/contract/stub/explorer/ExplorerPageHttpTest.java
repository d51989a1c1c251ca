package io.crego.contract.stub.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.junit.CregoStub;
import io.crego.contract.stub.junit.CregoStubUrl;
import io.crego.contract.stub.server.SeedMode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API page over HTTP, as a browser fetches it (the browser itself: docs/explorer-check.sh). */
@CregoStub(seed = SeedMode.NONE, token = ExplorerPageHttpTest.TOKEN)
class ExplorerPageHttpTest {

  static final String TOKEN = "explorer-test-token";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Pattern REFERENCED_FILE = Pattern.compile("(?:src|href)=\"\\./([^\"]+)\"");

  private final URI base;

  ExplorerPageHttpTest(@CregoStubUrl URI base) {
    this.base = base;
  }

  @Test
  void servesSwaggerUiPageAtDocs() throws Exception {
    HttpResponse<String> page = get("/docs/");

    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", contentType(page));
    assertTrue(page.body().contains("<div id=\"swagger-ui\"></div>"), page.body());
    assertEquals(page.body(), get("/docs/index.html").body());
  }

  @Test
  void everyFileThePageReferencesIsServedWithItsType() throws Exception {
    List<String> files = referencedFiles(get("/docs/").body());
    assertEquals(
        List.of("swagger-ui.css", "index.css", "swagger-ui-bundle.js", "swagger-initializer.js"),
        files);
    for (String file : files) {
      HttpResponse<String> asset = get("/docs/" + file);
      assertEquals(200, asset.statusCode(), file);
      assertEquals(
          file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8",
          contentType(asset),
          file);
      assertFalse(asset.body().isBlank(), file);
    }
    assertTrue(get("/docs/swagger-ui-bundle.js").body().contains("SwaggerUIBundle"));
  }

  @Test
  void initializerLoadsTheSpecTheStubServes() throws Exception {
    String initializer = get("/docs/swagger-initializer.js").body();

    assertTrue(initializer.contains("var specUrl = \"/openapi.yaml\";"), initializer);
    assertTrue(initializer.contains("SwaggerUIBundle({"), initializer);
    assertTrue(initializer.contains("validatorUrl: null"), "no online validator");
    assertFalse(initializer.contains("{{"), "every placeholder filled");
    assertTrue(
        initializer.contains("var devToken = \"" + TOKEN + "\";"),
        "the stub's dev token is pre-filled: " + initializer);
    HttpResponse<String> spec = get("/openapi.yaml");
    assertEquals(200, spec.statusCode());
    assertTrue(spec.body().startsWith("openapi: 3."), "the spec the page loads is there");
  }

  @Test
  void docsWithoutSlashRedirectsToThePage() throws Exception {
    HttpResponse<String> redirect = get("/docs");

    assertEquals(302, redirect.statusCode());
    assertEquals("/docs/", redirect.headers().firstValue("Location").orElse(""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/docs/no-such-file.js",
        "/docs/favicon-32x32.png",
        "/docs/sub/swagger-ui.css",
        "/docs/.hidden.js",
        "/docs/swagger-ui.css.map"
      })
  void anythingElseUnderDocsIsTheUsualNotFound(String path) throws Exception {
    HttpResponse<String> missing = get(path);

    assertEquals(404, missing.statusCode(), path);
    assertEquals("application/json", contentType(missing), path);
    assertTrue(missing.body().contains("\"code\":\"ROUTE_NOT_FOUND\""), missing.body());
  }

  @Test
  void onlyGetIsServed() throws Exception {
    HttpResponse<String> post =
        CLIENT.send(
            HttpRequest.newBuilder(base.resolve("/docs/"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(404, post.statusCode());
  }

  private static List<String> referencedFiles(String html) {
    List<String> files = new ArrayList<>();
    Matcher matcher = REFERENCED_FILE.matcher(html);
    while (matcher.find()) {
      files.add(matcher.group(1));
    }
    return files;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }
}
