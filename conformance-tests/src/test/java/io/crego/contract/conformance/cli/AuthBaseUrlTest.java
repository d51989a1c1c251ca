package io.crego.contract.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crego.contract.conformance.config.Setting;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --auth-base-url}: Get Token and Refresh Token (the operations the spec gives their own
 * servers) go there, every other operation to {@code --base-url}. Which host got which request is
 * read from the stubs' request journals ({@code GET /__admin/requests}).
 */
class AuthBaseUrlTest {

  private static final String USER = "qa";
  private static final String PASSWORD = "qa-pass";

  @TempDir Path dir;

  private static StubServer stub() {
    return StubServer.start(
        StubConfig.defaults()
            .withHost("127.0.0.1")
            .withPort(0)
            .withSeed("none")
            .withUsers(USER + ":" + PASSWORD)
            .withAccessLog(false));
  }

  /** Each journalled request as "METHOD url Host-header". */
  private static List<String> journal(StubServer stub) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(stub.adminBaseUrl() + "/__admin/requests"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    List<String> requests = new ArrayList<>();
    for (JsonNode served : new ObjectMapper().readTree(answer.body()).path("requests")) {
      JsonNode request = served.path("request");
      requests.add(
          request.path("method").asText()
              + " "
              + request.path("url").asText()
              + " "
              + request.path("headers").path("Host").asText());
    }
    return requests;
  }

  private static boolean isLogin(String request) {
    return request.startsWith("POST /auth/login/");
  }

  @Test
  void theLoginGoesToTheAuthBaseUrlAndEverythingElseToTheBaseUrl() throws Exception {
    try (StubServer stub = stub()) {
      String api = "http://127.0.0.1:" + stub.port();
      String auth = "http://localhost:" + stub.port();
      int exit =
          ConformanceMain.execute(
              "--base-url", api,
              "--auth-base-url", auth,
              "--username", USER,
              "--password", PASSWORD,
              "--operations", OperationIds.GET_TOKEN + "," + OperationIds.PING,
              "--progress", "groups",
              "--report-dir", dir.resolve("report").toString());
      assertEquals(0, exit);

      List<String> requests = journal(stub);
      List<String> logins = requests.stream().filter(AuthBaseUrlTest::isLogin).toList();
      assertFalse(logins.isEmpty(), "no login was sent: " + requests);
      logins.forEach(
          login -> assertTrue(login.endsWith(" localhost:" + stub.port()), login + " not on auth"));
      List<String> others =
          requests.stream()
              .filter(r -> !isLogin(r) && !r.contains("/auth/tokens/refresh/"))
              .filter(r -> !r.contains("/__admin/"))
              .toList();
      assertFalse(others.isEmpty(), "no other request was sent: " + requests);
      others.forEach(
          other -> assertTrue(other.endsWith(" 127.0.0.1:" + stub.port()), other + " not on base"));
    }
  }

  @Test
  void aTokenTheBaseUrlDoesNotAcceptStopsTheRunNamingBothUrls() throws Exception {
    try (StubServer loginStub = stub();
        StubServer apiStub = stub()) {
      SuiteConfig config =
          SuiteConfig.resolve(
              Map.of(
                  Setting.BASE_URL,
                  apiStub.baseUrl(),
                  Setting.AUTH_BASE_URL,
                  loginStub.baseUrl(),
                  Setting.USERNAME,
                  USER,
                  Setting.PASSWORD,
                  PASSWORD,
                  Setting.OPERATIONS,
                  OperationIds.PING,
                  Setting.REPORT_DIR,
                  dir.resolve("report").toString()),
              Map.of(),
              new Properties(),
              true);
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      TargetUnavailableException refused =
          assertThrows(
              TargetUnavailableException.class,
              () ->
                  new ConformanceRunner(new PrintStream(log, true, StandardCharsets.UTF_8))
                      .run(config));

      assertTrue(
          refused
              .getMessage()
              .startsWith(
                  "the token of the login at "
                      + loginStub.baseUrl()
                      + " is refused by "
                      + apiStub.baseUrl()),
          refused.getMessage());
      assertTrue(journal(loginStub).stream().anyMatch(AuthBaseUrlTest::isLogin));
      assertTrue(journal(apiStub).stream().noneMatch(AuthBaseUrlTest::isLogin));
    }
  }

  @Test
  void theDryRunAndTheSettingsSummaryNameTheLoginUrl() {
    SuiteConfig config =
        SuiteConfig.resolve(
            Map.of(
                Setting.BASE_URL, "http://api.invalid/",
                Setting.AUTH_BASE_URL, "http://login.invalid/api/",
                Setting.DRY_RUN, "true"),
            Map.of(),
            new Properties(),
            true);
    assertEquals("http://login.invalid/api", config.loginBaseUrl());
    String plan = new ConformanceRunner(new PrintStream(new ByteArrayOutputStream())).plan(config);
    assertTrue(
        plan.contains("login at     http://login.invalid/api (Get Token, Refresh Token)"), plan);
    assertTrue(
        plan.contains(
            "nothing is sent to http://api.invalid (nor to http://login.invalid/api, for Get Token"),
        plan);
  }

  @Test
  void withoutItTheLoginGoesToTheBaseUrl() {
    SuiteConfig config =
        SuiteConfig.resolve(
            Map.of(Setting.BASE_URL, "http://api.invalid"), Map.of(), new Properties(), false);
    assertEquals("http://api.invalid", config.loginBaseUrl());
  }

  @Test
  void anAuthBaseUrlThatIsNotHttpIsAnInvalidSetting() {
    assertEquals(
        2,
        ConformanceMain.execute(
            "--base-url", "http://127.0.0.1:1", "--token", "t", "--auth-base-url", "ftp://x"));
  }
}
