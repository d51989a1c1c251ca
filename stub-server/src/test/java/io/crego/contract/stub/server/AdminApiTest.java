package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.testing.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin routes: state reset, export and import, companies, faults; and Prefer. */
class AdminApiTest {

  private static final SpecOperation PING =
      CregoSpec.get().operation(OperationIds.PING).orElseThrow();
  private static final SpecOperation LIST_EMIS =
      CregoSpec.get().operation(OperationIds.LIST_EMIS).orElseThrow();
  private static final String NOTES = "admin-test-notes";

  private static RunningStub stub;

  @BeforeAll
  static void start() {
    stub = RunningStub.start(RunningStub.testConfig().withSeed("none"));
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  @AfterEach
  void clearFaults() {
    stub.call("DELETE", "/__admin/crego/faults").send();
  }

  private static String importState(String companyId, String noteId) {
    return "{\"companies\": {\""
        + companyId
        + "\": {\""
        + NOTES
        + "\": {\""
        + noteId
        + "\": {\"text\": \"hello\"}}}}}";
  }

  @Test
  void wireMocksHealthCheckAnswers() {
    assertEquals(200, stub.call("GET", "/__admin/health").send().status());
  }

  @Test
  void stateRoundTripsThroughExportAndImport() {
    String state = importState("11111111-1111-4111-8111-111111111111", "n1");
    Reply imported = stub.call("PUT", "/__admin/crego/state").json(state).send();
    assertEquals(200, imported.status(), imported.body());
    assertEquals(1, imported.json().path("imported").asInt());

    Reply exported = stub.call("GET", "/__admin/crego/state").send();
    assertEquals(200, exported.status());
    assertEquals("application/json", exported.contentType());
    assertEquals(Json.read(state, JsonNode.class), exported.json());

    Reply reimported = stub.call("PUT", "/__admin/crego/state").json(exported.body()).send();
    assertEquals(200, reimported.status(), reimported.body());
    assertEquals(exported.json(), stub.call("GET", "/__admin/crego/state").send().json());
  }

  @Test
  void companiesListsDocumentCountsPerKind() {
    stub.call("PUT", "/__admin/crego/state")
        .json(importState("22222222-2222-4222-8222-222222222222", "n2"))
        .send();
    JsonNode companies = stub.call("GET", "/__admin/crego/companies").send().json();
    JsonNode company = companies.path("companies").get(0);
    assertEquals("22222222-2222-4222-8222-222222222222", company.path("id").asText());
    assertEquals(1, company.path("documents").path(NOTES).asInt());
  }

  @Test
  void resetForgetsOneCompanyOrAll() {
    String a = "33333333-3333-4333-8333-333333333333";
    String b = "44444444-4444-4444-8444-444444444444";
    stub.call("PUT", "/__admin/crego/state")
        .json(
            "{\"companies\": {\""
                + a
                + "\": {\"notes\": {\"x\": {}}}, \""
                + b
                + "\": {\"notes\": {\"y\": {}}}}}")
        .send();

    Reply one = stub.call("POST", "/__admin/crego/reset?company=" + a).send();
    assertEquals(200, one.status(), one.body());
    JsonNode left = stub.call("GET", "/__admin/crego/state").send().json().path("companies");
    assertFalse(left.has(a), left.toString());
    assertTrue(left.has(b), left.toString());

    assertEquals(200, stub.call("POST", "/__admin/crego/reset").send().status());
    assertEquals(
        0, stub.call("GET", "/__admin/crego/state").send().json().path("companies").size());
  }

  @Test
  void aBrokenImportIsRefused() {
    stub.call("PUT", "/__admin/crego/state").json("{").send().isError(400, "MALFORMED_JSON");
    stub.call("PUT", "/__admin/crego/state")
        .json("{\"nothing\": 1}")
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/companies");
  }

  @Test
  void aStatusFaultAnswersTheDeclaredExampleForTheNextCalls() {
    Reply added =
        stub.call("POST", "/__admin/crego/faults")
            .json("{\"operationId\": \"ping\", \"status\": 401, \"times\": 2}")
            .send();
    assertEquals(201, added.status(), added.body());
    assertEquals(1, stub.call("GET", "/__admin/crego/faults").send().json().path("faults").size());

    for (int i = 0; i < 2; i++) {
      stub.call("GET", "/auth/ping/")
          .devToken()
          .send()
          .isError(401, "UNAUTHORIZED")
          .isDeclaredBy(PING);
    }
    assertEquals(200, stub.call("GET", "/auth/ping/").devToken().send().status());
    assertEquals(0, stub.call("GET", "/__admin/crego/faults").send().json().path("faults").size());
  }

  @Test
  void aDelayFaultSlowsTheNextCallOnly() {
    stub.call("POST", "/__admin/crego/faults")
        .json("{\"operationId\": \"ping\", \"delay_ms\": 400}")
        .send();
    long started = System.nanoTime();
    Reply slow = stub.call("GET", "/auth/ping/").devToken().send();
    long slowMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(200, slow.status());
    assertTrue(slowMillis >= 400, "took " + slowMillis + " ms");

    started = System.nanoTime();
    stub.call("GET", "/auth/ping/").devToken().send();
    assertTrue((System.nanoTime() - started) / 1_000_000 < 400, "the fault was used up");
  }

  @Test
  void aFaultStatusMustBeDeclared() {
    Reply refused =
        stub.call("POST", "/__admin/crego/faults")
            .json("{\"operationId\": \"ping\", \"status\": 404}")
            .send()
            .isError(400, "VALIDATION_FAILED")
            .hasFieldError("body", "/status");
    assertTrue(refused.body().contains("[200, 401, 429, 500, 502, 503, 504]"), refused.body());
  }

  @Test
  void aFaultNeedsAKnownOperationAndSomethingToDo() {
    stub.call("POST", "/__admin/crego/faults")
        .json("{\"operationId\": \"noSuchOperation\", \"status\": 404}")
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/operationId");
    stub.call("POST", "/__admin/crego/faults")
        .json("{\"operationId\": \"ping\"}")
        .send()
        .isError(400, "VALIDATION_FAILED");
  }

  @Test
  void preferCodeAnswersTheDeclaredExample() {
    Reply reply = stub.call("GET", "/v1/lms/emis/").devToken().header("Prefer", "code=400").send();
    reply.isError(400, "VALIDATION_FAILED").isDeclaredBy(LIST_EMIS);
    Reply ok = stub.call("GET", "/v1/lms/emis/").devToken().header("Prefer", "code=200").send();
    assertEquals(200, ok.status());
    ok.isDeclaredBy(LIST_EMIS);
  }

  @Test
  void preferWithAnUndeclaredCodeNamesTheDeclaredOnes() {
    Reply reply = stub.call("GET", "/v1/lms/emis/").devToken().header("Prefer", "code=418").send();
    reply.isError(400, "VALIDATION_FAILED").hasFieldError("header", "/Prefer");
    assertTrue(reply.body().contains("[200, 400, 401, 429, 500, 502, 503, 504]"), reply.body());
  }

  @Test
  void preferNeverAnswersAProtectedOperationWithoutItsToken() {
    stub.call("GET", "/v1/lms/emis/")
        .header("Prefer", "code=200")
        .send()
        .isError(401, "UNAUTHORIZED");
  }

  @Test
  void preferWithAnUndeclaredCodeIsIgnoredWhereA400WouldBreakTheContract() {
    // ping declares no 400 (only 200, 401 and the gateway's answers): a 400 would be outside the
    // contract
    Reply reply = stub.call("GET", "/auth/ping/").devToken().header("Prefer", "code=404").send();
    assertEquals(200, reply.status());
    assertTrue(
        reply
            .header("X-Crego-Prefer-Ignored")
            .orElse("")
            .contains("declared: [200, 401, 429, 500, 502, 503, 504]"),
        reply.headers().toString());
  }

  @Test
  void preferForANoContentResponseSendsNoBody() {
    Reply reply =
        stub.call("DELETE", "/v1/lms/fees/" + ValidRequests.SAMPLE_ID + "/")
            .devToken()
            .header("Prefer", "code=204")
            .send();
    assertEquals(204, reply.status());
    assertTrue(reply.body().isEmpty());
  }

  @Test
  void theAdminTokenGuardsAdminRoutesButNotHealth() {
    try (RunningStub guarded =
        RunningStub.start(RunningStub.testConfig().withAdminToken("admin-secret"))) {
      guarded.call("GET", "/__admin/crego/state").send().isError(401, "UNAUTHORIZED");
      guarded
          .call("POST", "/__admin/crego/reset")
          .auth("wrong")
          .send()
          .isError(401, "UNAUTHORIZED");
      assertEquals(
          200, guarded.call("GET", "/__admin/crego/state").auth("admin-secret").send().status());
      assertEquals(401, guarded.call("GET", "/__admin/mappings").send().status());
      assertEquals(200, guarded.call("GET", "/__admin/health").send().status());
    }
  }
}
