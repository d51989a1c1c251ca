package io.crego.contract.stub.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.api.ApiRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the explorer claims and writes, without a server. */
class ApiExplorerTest {

  private static final ApiExplorer EXPLORER = ApiExplorer.forSpec("/openapi.yaml");

  @Test
  void claimsOnlyGetsOfThePageAndItsTextFiles() {
    assertTrue(EXPLORER.serves(get("/docs/")));
    assertTrue(EXPLORER.serves(get("/docs")));
    assertTrue(EXPLORER.serves(get("/docs/swagger-ui-standalone-preset.js")));
    assertTrue(EXPLORER.serves(get("/docs/oauth2-redirect.html")));

    assertFalse(EXPLORER.serves(request("POST", "/docs/")));
    assertFalse(EXPLORER.serves(get("/docs/favicon-16x16.png")), "binary: not served");
    assertFalse(EXPLORER.serves(get("/docs/missing.js")));
    assertFalse(EXPLORER.serves(get("/docsx")));
    assertFalse(EXPLORER.serves(get("/docs/../docs/index.html")));
    assertFalse(EXPLORER.serves(get("/openapi.yaml")), "DocumentRoutes serves the spec");
  }

  @Test
  void usesTheWebjarOnTheClasspath() {
    assertTrue(EXPLORER.swaggerUiVersion().matches("5\\.\\d+\\.\\d+"), EXPLORER.swaggerUiVersion());
  }

  @Test
  void preFillsNoTokenUnlessAsked() {
    assertTrue(initializer(EXPLORER).contains("var devToken = null;"));
  }

  @Test
  void preFillsTheDevTokenWhenAsked() {
    ApiExplorer explorer = ApiExplorer.forSpecWithDevToken("/openapi.yaml", "crego-dev-token");

    assertTrue(initializer(explorer).contains("var devToken = \"crego-dev-token\";"));
  }

  @Test
  void aTokenCannotBreakOutOfItsString() {
    ApiExplorer explorer =
        ApiExplorer.forSpecWithDevToken("/openapi.yaml", "a\"b\\c</script>\u2028d");

    assertTrue(
        initializer(explorer)
            .contains("var devToken = \"a\\\"b\\\\c\\u003c/script\\u003e\\u2028d\";"),
        initializer(explorer));
  }

  @Test
  void jsStringEscapesControlCharacters() {
    assertEquals("\"tab\\u0009nl\\u000a\"", ExplorerPage.jsString("tab\tnl\n"));
  }

  private static String initializer(ApiExplorer explorer) {
    return explorer.answer(get("/docs/swagger-initializer.js")).body();
  }

  private static ApiRequest get(String path) {
    return request("GET", path);
  }

  private static ApiRequest request(String method, String path) {
    return new ApiRequest(method, path, Map.of(), Map.of(), null);
  }
}
