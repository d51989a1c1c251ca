package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.auth.BearerAuthentication;
import io.crego.contract.stub.auth.StubUser;
import io.crego.contract.stub.auth.TokenStore;
import io.crego.contract.stub.auth.UserDirectory;
import io.crego.contract.stub.testing.Reply;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Bearer tokens by the spec's security: login, refresh, ping, expiry and every 401. */
class AuthTest {

  private static final SpecOperation PING =
      CregoSpec.get().operation(OperationIds.PING).orElseThrow();

  private static RunningStub stub;

  @BeforeAll
  static void start() {
    stub = RunningStub.start(RunningStub.testConfig().withUsers("admin:admin", "maker:s3cret"));
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  static JsonNode login(RunningStub stub, String username, String password) {
    Reply reply =
        stub.call("POST", "/auth/login/")
            .json(
                "{\"username\": \""
                    + username
                    + "\", \"password\": \""
                    + password
                    + "\", \"type\": \"staff\"}")
            .send();
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  private static String companyOf(String username) {
    return new StubUser(username, "unused").companyId();
  }

  @TestFactory
  Stream<DynamicTest> everyProtectedOperationNeedsAToken() {
    return CregoSpec.get().operations().stream()
        .filter(SpecOperation::authRequired)
        .flatMap(
            op ->
                Stream.of(
                    DynamicTest.dynamicTest(
                        op.operationId() + " without a token",
                        () ->
                            stub.call(op.method(), ValidRequests.path(op))
                                .send()
                                .isError(401, "UNAUTHORIZED")
                                .isDeclaredBy(op)),
                    DynamicTest.dynamicTest(
                        op.operationId() + " with an unknown token",
                        () ->
                            stub.call(op.method(), ValidRequests.path(op))
                                .auth("not-a-token")
                                .send()
                                .isError(401, "UNAUTHORIZED")
                                .isDeclaredBy(op))));
  }

  @Test
  void aMalformedAuthorizationHeaderIsRefused() {
    stub.call("GET", "/auth/ping/")
        .header("Authorization", "Basic YWRtaW46YWRtaW4=")
        .send()
        .isError(401, "UNAUTHORIZED")
        .hasFieldError("header", "/Authorization");
    stub.call("GET", "/auth/ping/")
        .header("Authorization", "Bearer")
        .send()
        .isError(401, "UNAUTHORIZED");
  }

  @Test
  void loginGivesATokenPairThatPingAccepts() {
    JsonNode token = login(stub, "maker", "s3cret");
    Reply.ofJson(200, token)
        .isDeclaredBy(CregoSpec.get().operation(OperationIds.GET_TOKEN).orElseThrow());
    assertEquals(900, token.path("expires_in").asInt());
    assertEquals("Bearer", token.path("token_type").asText());
    assertEquals("maker", token.path("user").path("username").asText());

    Reply ping = stub.call("GET", "/auth/ping/").auth(token.path("access").asText()).send();
    ping.isDeclaredBy(PING);
    assertEquals(200, ping.status());
    assertEquals("ok", ping.json().path("status").asText());
    assertEquals(companyOf("maker"), ping.json().path("company_id").asText(), ping.body());
  }

  @Test
  void theDevTokenActsForTheFirstUsersCompany() {
    Reply ping = stub.call("GET", "/auth/ping/").devToken().send();
    assertEquals(200, ping.status());
    assertEquals(companyOf("admin"), ping.json().path("company_id").asText());
  }

  @Test
  void aWrongPasswordIsInvalidCredentials() {
    stub.call("POST", "/auth/login/")
        .json("{\"username\": \"admin\", \"password\": \"wrong\"}")
        .send()
        .isError(401, "INVALID_CREDENTIALS")
        .isDeclaredBy(CregoSpec.get().operation(OperationIds.GET_TOKEN).orElseThrow());
    stub.call("POST", "/auth/login/")
        .json("{\"username\": \"nobody\", \"password\": \"admin\"}")
        .send()
        .isError(401, "INVALID_CREDENTIALS");
  }

  @Test
  void refreshGivesANewPair() {
    JsonNode first = login(stub, "admin", "admin");
    Reply refreshed =
        stub.call("POST", "/auth/tokens/refresh/")
            .json("{\"refresh\": \"" + first.path("refresh").asText() + "\"}")
            .send();
    assertEquals(200, refreshed.status(), refreshed.body());
    refreshed.isDeclaredBy(CregoSpec.get().operation(OperationIds.REFRESH_TOKEN).orElseThrow());
    assertNotEquals(first.path("access").asText(), refreshed.json().path("access").asText());
    assertNotEquals(first.path("refresh").asText(), refreshed.json().path("refresh").asText());
    assertEquals(
        200,
        stub.call("GET", "/auth/ping/")
            .auth(refreshed.json().path("access").asText())
            .send()
            .status());
  }

  @Test
  void aUsedRefreshTokenIsRefusedBecauseRefreshTokensRotate() {
    JsonNode first = login(stub, "admin", "admin");
    String used = first.path("refresh").asText();
    Reply refreshed =
        stub.call("POST", "/auth/tokens/refresh/").json("{\"refresh\": \"" + used + "\"}").send();
    assertEquals(200, refreshed.status(), refreshed.body());

    Reply again =
        stub.call("POST", "/auth/tokens/refresh/").json("{\"refresh\": \"" + used + "\"}").send();
    again.isError(401, "UNAUTHORIZED").hasFieldError("body", "/refresh");
    assertTrue(again.body().contains("already been used"), again.body());
    again.isDeclaredBy(CregoSpec.get().operation(OperationIds.REFRESH_TOKEN).orElseThrow());

    String next = refreshed.json().path("refresh").asText();
    assertEquals(
        200,
        stub.call("POST", "/auth/tokens/refresh/")
            .json("{\"refresh\": \"" + next + "\"}")
            .send()
            .status(),
        "the rotated refresh token works");
    assertEquals(
        200,
        stub.call("GET", "/auth/ping/").auth(first.path("access").asText()).send().status(),
        "an access token issued before the refresh still works until it expires");
  }

  @Test
  void theDevRefreshTokenIsNeverUsedUp() {
    for (int i = 0; i < 2; i++) {
      assertEquals(
          200,
          stub.call("POST", "/auth/tokens/refresh/")
              .json("{\"refresh\": \"crego-dev-refresh-token\"}")
              .send()
              .status());
    }
  }

  @Test
  void tokensAreNotInterchangeable() {
    JsonNode pair = login(stub, "admin", "admin");
    stub.call("GET", "/auth/ping/")
        .auth(pair.path("refresh").asText())
        .send()
        .isError(401, "UNAUTHORIZED");
    stub.call("POST", "/auth/tokens/refresh/")
        .json("{\"refresh\": \"" + pair.path("access").asText() + "\"}")
        .send()
        .isError(401, "UNAUTHORIZED")
        .hasFieldError("body", "/refresh");
  }

  @Test
  void anExpiredTokenIsTokenExpired() throws InterruptedException {
    try (RunningStub shortLived =
        RunningStub.start(RunningStub.testConfig().withTokenTtl(Duration.ofSeconds(1)))) {
      JsonNode pair = login(shortLived, "admin", "admin");
      assertEquals(1, pair.path("expires_in").asInt());
      String access = pair.path("access").asText();
      assertEquals(200, shortLived.call("GET", "/auth/ping/").auth(access).send().status());
      Thread.sleep(1_100);
      shortLived
          .call("GET", "/auth/ping/")
          .auth(access)
          .send()
          .isError(401, "TOKEN_EXPIRED")
          .isDeclaredBy(PING);
      Reply refreshed =
          shortLived
              .call("POST", "/auth/tokens/refresh/")
              .json("{\"refresh\": \"" + pair.path("refresh").asText() + "\"}")
              .send();
      assertEquals(200, refreshed.status(), "the refresh token outlives the access token");
    }
  }

  @Test
  void updateLoanParamsRequiresATokenAlthoughItsPageShowsNoAuthBlock() {
    SpecOperation update = CregoSpec.get().operation(OperationIds.UPDATE_LOAN_PARAMS).orElseThrow();
    assertTrue(update.authRequired());
    stub.call("PATCH", ValidRequests.path(update))
        .json(ValidRequests.body(update))
        .send()
        .isError(401, "UNAUTHORIZED")
        .isDeclaredBy(update);
  }

  @Test
  void optionalAuthAcceptsNoTokenButRefusesABadOne() {
    SpecOperation ping = CregoSpec.get().operation(OperationIds.PING).orElseThrow();
    SpecOperation optional =
        new SpecOperation(
            ping.operationId(),
            ping.method(),
            ping.pathTemplate(),
            ping.summary(),
            ping.tag(),
            false,
            true,
            ping.provenance(),
            ping.changesState(),
            ping.responseCodes(),
            ping.requestBodySchema(),
            ping.responseSchemas(),
            ping.parameters());
    UserDirectory users = new UserDirectory(List.of(StubUser.parse("admin:admin")));
    BearerAuthentication auth =
        new BearerAuthentication(
            users,
            new TokenStore(Clock.systemUTC(), Duration.ofHours(1), Duration.ofDays(1), 10),
            "dev-token");
    assertEquals(users.defaultUser().tenant(), auth.authenticate(optional, request(Map.of())));
    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> auth.authenticate(optional, request(Map.of("authorization", "Bearer nope"))));
    assertEquals(401, refused.status());
  }

  private static ApiRequest request(Map<String, String> headers) {
    return new ApiRequest("GET", "/auth/ping/", Map.of(), headers, null);
  }

  @Test
  void openOperationsIgnoreTokens() {
    Reply reply =
        stub.call("POST", "/auth/login/")
            .auth("not-a-token")
            .json("{\"username\": \"admin\", \"password\": \"admin\"}")
            .send();
    assertEquals(200, reply.status(), reply.body());
  }
}
