package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.testing.RawHttp;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every failure a UI must handle, produced on purpose through {@code POST /__admin/crego/faults}:
 * the gateway's 429 and 5xx answers, broken connections, a delay past a client's time-out; scoped
 * to one company or user, limited by {@code times}, intermittent by a seeded {@code rate}; and a
 * bad definition refused with a pointer to each mistake.
 */
class FaultInjectionTest {

  private static final SpecOperation LIST_EMIS =
      CregoSpec.get().operation(OperationIds.LIST_EMIS).orElseThrow();
  private static final String EMIS = "/v1/lms/emis/";

  private static RunningStub stub;
  private static String aliceToken;
  private static String bobToken;

  @BeforeAll
  static void start() {
    stub =
        RunningStub.start(
            RunningStub.testConfig().withSeed("none").withUsers("alice:pw-a", "bob:pw-b"));
    aliceToken = stub.login("alice", "pw-a");
    bobToken = stub.login("bob", "pw-b");
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  @AfterEach
  void clearFaults() {
    stub.call("DELETE", "/__admin/crego/faults").send();
  }

  private static Reply addFault(String json) {
    return stub.call("POST", "/__admin/crego/faults").json(json).send();
  }

  private static Reply emis(String token) {
    return stub.call("GET", EMIS).auth(token).send();
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void aGatewayStatusFaultAnswersTheErrorShapeTheSpecDeclares(int status) {
    Reply added = addFault("{\"operationId\": \"listEmis\", \"status\": " + status + "}");
    assertEquals(201, added.status(), added.body());

    Reply faulted = emis(aliceToken);
    assertEquals(status, faulted.status(), faulted.body());
    faulted.isDeclaredBy(LIST_EMIS);
    assertFalse(faulted.json().path("code").asText().isEmpty(), faulted.body());
    if (status == 429) {
      assertTrue(
          faulted.header("Retry-After").orElse("").matches("\\d+"), faulted.headers().toString());
    }
    assertEquals(200, emis(aliceToken).status(), "one call by default");
  }

  @Test
  void preferAsksForAGatewayAnswerWithoutAFault() {
    Reply limited = stub.call("GET", EMIS).devToken().header("Prefer", "code=429").send();
    limited.isError(429, "RATE_LIMITED").isDeclaredBy(LIST_EMIS);
    assertEquals("30", limited.header("Retry-After").orElse(null));
    assertTrue(
        limited.header("Access-Control-Expose-Headers").orElse("").contains("Retry-After"),
        "a page can read Retry-After");
    stub.call("GET", EMIS)
        .devToken()
        .header("Prefer", "code=503")
        .send()
        .isError(503, "SERVICE_UNAVAILABLE");
  }

  @Test
  void aFaultWithoutAnOperationAppliesToEveryOperation() {
    assertEquals(201, addFault("{\"status\": 503, \"times\": 2}").status());
    emis(aliceToken).isError(503, "SERVICE_UNAVAILABLE");
    stub.call("GET", "/auth/ping/").auth(aliceToken).send().isError(503, "SERVICE_UNAVAILABLE");
    assertEquals(200, emis(aliceToken).status());
  }

  @Test
  void aCompanysFaultLeavesOtherCompaniesAlone() {
    String aliceCompany =
        stub.call("GET", "/auth/ping/").auth(aliceToken).send().json().path("company_id").asText();
    Reply added =
        addFault(
            "{\"operationId\": \"listEmis\", \"status\": 502, \"times\": 3, \"company\": \""
                + aliceCompany
                + "\"}");
    assertEquals(201, added.status(), added.body());
    assertEquals(aliceCompany, added.json().path("company").asText());

    assertEquals(200, emis(bobToken).status(), "bob's company is not faulted");
    emis(aliceToken).isError(502, "BAD_GATEWAY");
    assertEquals(200, emis(bobToken).status());
  }

  @Test
  void aUsersFaultLeavesOtherUsersAloneAndClearsOnItsOwn() {
    assertEquals(
        201,
        addFault(
                "{\"operationId\": \"listEmis\", \"status\": 500, \"times\": 5, \"user\": \"bob\"}")
            .status());
    assertEquals(
        201,
        addFault(
                "{\"operationId\": \"listEmis\", \"status\": 503, \"times\": 5, \"user\": \"alice\"}")
            .status());
    emis(bobToken).isError(500, "INTERNAL_ERROR");
    emis(aliceToken).isError(503, "SERVICE_UNAVAILABLE");

    Reply cleared = stub.call("DELETE", "/__admin/crego/faults?user=bob").send();
    assertEquals(1, cleared.json().path("cleared").asInt(), cleared.body());
    assertEquals(200, emis(bobToken).status(), "bob's fault is gone");
    emis(aliceToken).isError(503, "SERVICE_UNAVAILABLE");
    JsonNode left = stub.call("GET", "/__admin/crego/faults").send().json().path("faults");
    assertEquals(1, left.size(), left.toString());
    assertEquals("alice", left.get(0).path("user").asText());
    assertEquals(3, left.get(0).path("times").asInt(), "two of five calls used");
  }

  @Test
  void aSeededRateFaultsSomeCallsReproducibly() {
    List<Integer> first = statusesUnderRate(42);
    List<Integer> second = statusesUnderRate(42);
    assertEquals(first, second, "the same seed faults the same calls");
    long faulted = first.stream().filter(s -> s == 503).count();
    assertTrue(faulted >= 10 && faulted <= 50, "503s of 100 calls at rate 0.3: " + faulted);
    assertTrue(first.stream().allMatch(s -> s == 200 || s == 503), first.toString());
  }

  private static List<Integer> statusesUnderRate(long seed) {
    assertEquals(
        201,
        addFault(
                "{\"operationId\": \"listEmis\", \"status\": 503, \"rate\": 0.3, \"seed\": "
                    + seed
                    + "}")
            .status());
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      statuses.add(emis(aliceToken).status());
    }
    stub.call("DELETE", "/__admin/crego/faults").send();
    return statuses;
  }

  @Test
  void aRateWithTimesStopsAfterThatManyFaults() {
    addFault("{\"operationId\": \"listEmis\", \"status\": 500, \"rate\": 0.5, \"times\": 4}");
    long faulted = 0;
    for (int i = 0; i < 60; i++) {
      faulted += emis(aliceToken).status() == 500 ? 1 : 0;
    }
    assertEquals(4, faulted);
  }

  @Test
  void aConnectionResetIsABrokenConnection() throws IOException {
    addFault("{\"operationId\": \"listEmis\", \"network\": \"CONNECTION_RESET_BY_PEER\"}");
    RawHttp.Answer answer = rawGet();
    assertTrue(answer.reset() || answer.bytes().length == 0, answer.toString());
    assertAnswersAgain();
    assertTrue(stub.log().contains("fault=CONNECTION_RESET_BY_PEER"), "the access log says so");
  }

  @Test
  void anEmptyResponseClosesWithoutAByte() throws IOException {
    addFault("{\"operationId\": \"listEmis\", \"network\": \"EMPTY_RESPONSE\"}");
    RawHttp.Answer answer = rawGet();
    assertEquals(0, answer.bytes().length, answer.toString());
    assertAnswersAgain();
  }

  @Test
  void aMalformedChunkStartsAnAnswerAndBreaksIt() throws IOException {
    addFault("{\"operationId\": \"listEmis\", \"network\": \"MALFORMED_RESPONSE_CHUNK\"}");
    RawHttp.Answer answer = rawGet();
    assertTrue(answer.text().startsWith("HTTP/1.1 200"), answer.toString());
    addFault("{\"operationId\": \"listEmis\", \"network\": \"MALFORMED_RESPONSE_CHUNK\"}");
    assertThrows(
        UncheckedIOException.class,
        () -> emisOnOwnClient(Duration.ofSeconds(10)),
        "an HTTP client cannot read the body");
    assertAnswersAgain();
  }

  @Test
  void randomDataIsNotHttp() throws IOException {
    addFault("{\"operationId\": \"listEmis\", \"network\": \"RANDOM_DATA_THEN_CLOSE\"}");
    RawHttp.Answer answer = rawGet();
    assertFalse(answer.text().startsWith("HTTP/"), answer.toString());
    assertAnswersAgain();
  }

  @Test
  void aDelayPastTheClientsTimeoutTimesItOut() throws Exception {
    addFault("{\"operationId\": \"listEmis\", \"delay_ms\": 1500}");
    UncheckedIOException failed =
        assertThrows(UncheckedIOException.class, () -> emisOnOwnClient(Duration.ofMillis(300)));
    assertInstanceOf(HttpTimeoutException.class, failed.getCause(), failed::toString);
    Thread.sleep(1_500); // the delayed call finishes on the stub's side
    assertAnswersAgain();
  }

  @Test
  void aNetworkFaultCanFollowADelay() throws IOException {
    addFault("{\"operationId\": \"listEmis\", \"network\": \"EMPTY_RESPONSE\", \"delay_ms\": 300}");
    long started = System.nanoTime();
    RawHttp.Answer answer = rawGet();
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(0, answer.bytes().length, answer.toString());
    assertTrue(millis >= 300, "took " + millis + " ms");
  }

  @Test
  void aProtectedOperationRefusesAMissingTokenBeforeAnyFault() {
    addFault("{\"operationId\": \"listEmis\", \"network\": \"EMPTY_RESPONSE\"}");
    stub.call("GET", EMIS).send().isError(401, "UNAUTHORIZED");
    JsonNode left = stub.call("GET", "/__admin/crego/faults").send().json().path("faults");
    assertEquals(1, left.size(), "the fault waits for an authenticated call");
  }

  @Test
  void everyMistakeOfAFaultIsNamedByItsPointer() {
    Reply refused =
        addFault(
            "{\"operationId\": 5, \"status\": \"x\", \"network\": \"UNPLUGGED\", \"delay_ms\": -1,"
                + " \"times\": 0, \"rate\": 1.5, \"seed\": \"abc\", \"company\": \"acme\","
                + " \"colour\": \"red\"}");
    refused.isError(400, "VALIDATION_FAILED");
    for (String field :
        List.of(
            "/operationId",
            "/status",
            "/network",
            "/delay_ms",
            "/times",
            "/rate",
            "/seed",
            "/company",
            "/colour")) {
      refused.hasFieldError("body", field);
    }
    assertEquals(0, stub.call("GET", "/__admin/crego/faults").send().json().path("faults").size());
  }

  @Test
  void contradictoryOrEmptyFaultsAreRefused() {
    addFault("{\"operationId\": \"listEmis\", \"status\": 503, \"network\": \"EMPTY_RESPONSE\"}")
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/network");
    addFault(
            "{\"status\": 503, \"company\": \""
                + java.util.UUID.randomUUID()
                + "\", \"user\": \"bob\"}")
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/user");
    addFault("{\"status\": 503, \"user\": \"mallory\"}")
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/user");
    addFault("{\"operationId\": \"listEmis\", \"rate\": 0}")
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/rate");
    addFault("{\"operationId\": \"listEmis\"}")
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "");
    // every operation would have to declare it, and only the gateway's answers are everywhere
    addFault("{\"status\": 404}")
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/status");
    stub.call("DELETE", "/__admin/crego/faults?company=acme")
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("query", "/company");
  }

  private static void assertAnswersAgain() {
    Reply after = emis(aliceToken);
    assertEquals(200, after.status(), "the fault was used up: " + after.body());
    assertNotEquals(null, after.json().path("count").numberValue());
  }

  /** A GET of the EMIs with the dev token, on a socket of its own. */
  private static RawHttp.Answer rawGet() throws IOException {
    return RawHttp.get(
        stub.server.port(), EMIS, Map.of("Authorization", "Bearer " + stub.server.devToken()));
  }

  /**
   * A GET of the EMIs with the dev token, on a client of its own, so that no broken connection is
   * left in the pool of the client the other tests share.
   */
  private static Reply emisOnOwnClient(Duration timeout) {
    return StubHttp.to(stub.server).call("GET", EMIS).devToken().timeout(timeout).send();
  }
}
