package io.crego.contract.stub.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.junit.CregoStub;
import io.crego.contract.stub.junit.CregoStubUrl;
import io.crego.contract.stub.server.SeedMode;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
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

  private static final Pattern REFERENCED_FILE = Pattern.compile("(?:src|href)=\"\\./([^\"]+)\"");

  private final StubHttp http;

  ExplorerPageHttpTest(@CregoStubUrl String baseUrl) {
    this.http = StubHttp.to(baseUrl);
  }

  @Test
  void servesSwaggerUiPageAtDocs() {
    Reply page = get("/docs/");

    assertEquals(200, page.status());
    assertEquals("text/html; charset=utf-8", contentType(page));
    assertTrue(page.body().contains("<div id=\"swagger-ui\"></div>"), page.body());
    assertEquals(page.body(), get("/docs/index.html").body());
  }

  @Test
  void everyFileThePageReferencesIsServedWithItsType() {
    List<String> files = referencedFiles(get("/docs/").body());
    assertEquals(
        List.of("swagger-ui.css", "index.css", "swagger-ui-bundle.js", "swagger-initializer.js"),
        files);
    for (String file : files) {
      Reply asset = get("/docs/" + file);
      assertEquals(200, asset.status(), file);
      assertEquals(
          file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8",
          contentType(asset),
          file);
      assertFalse(asset.body().isBlank(), file);
    }
    assertTrue(get("/docs/swagger-ui-bundle.js").body().contains("SwaggerUIBundle"));
  }

  @Test
  void initializerLoadsTheSpecTheStubServes() {
    String initializer = get("/docs/swagger-initializer.js").body();

    assertTrue(initializer.contains("var specUrl = \"/openapi.yaml\";"), initializer);
    assertTrue(initializer.contains("SwaggerUIBundle({"), initializer);
    assertTrue(initializer.contains("validatorUrl: null"), "no online validator");
    assertFalse(initializer.contains("{{"), "every placeholder filled");
    assertTrue(
        initializer.contains("var devToken = \"" + TOKEN + "\";"),
        "the stub's dev token is pre-filled: " + initializer);
    Reply spec = get("/openapi.yaml");
    assertEquals(200, spec.status());
    assertTrue(spec.body().startsWith("openapi: 3."), "the spec the page loads is there");
  }

  @Test
  void docsWithoutSlashRedirectsToThePage() {
    Reply redirect = get("/docs");

    assertEquals(302, redirect.status());
    assertEquals("/docs/", redirect.header("Location").orElse(""));
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
  void anythingElseUnderDocsIsTheUsualNotFound(String path) {
    Reply missing = get(path);

    assertEquals(404, missing.status(), path);
    assertEquals("application/json", contentType(missing), path);
    assertTrue(missing.body().contains("\"code\":\"ROUTE_NOT_FOUND\""), missing.body());
  }

  @Test
  void onlyGetIsServed() {
    Reply post = http.call("POST", "/docs/").send();

    assertEquals(404, post.status());
  }

  private static List<String> referencedFiles(String html) {
    List<String> files = new ArrayList<>();
    Matcher matcher = REFERENCED_FILE.matcher(html);
    while (matcher.find()) {
      files.add(matcher.group(1));
    }
    return files;
  }

  private Reply get(String path) {
    return http.call("GET", path).send();
  }

  private static String contentType(Reply response) {
    return response.header("Content-Type").orElse("");
  }
}
