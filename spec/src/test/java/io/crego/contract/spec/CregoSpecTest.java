package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The loader against the mini fixture spec, whose content these tests know. */
class CregoSpecTest {

  private static final CregoSpec SPEC = Fixtures.mini();

  @Test
  void parsesTheFixtureCleanly() {
    assertEquals(List.of(), SPEC.parseMessages());
    assertEquals("Mini Crego fixture", SPEC.openApi().getInfo().getTitle());
    assertEquals("3.0.3", SPEC.raw().path("openapi").asText());
  }

  @Test
  void listsOperationsInSpecOrder() {
    assertEquals(
        List.of(
            "getToken",
            "ping",
            "listRecords",
            "createRecord",
            "listUnmatchedRecords",
            "getRecord",
            "markRecordProcessed"),
        SPEC.operations().stream().map(SpecOperation::operationId).toList());
  }

  @Test
  void describesAnOperation() {
    SpecOperation op = SPEC.operation("markRecordProcessed").orElseThrow();
    assertEquals("PUT", op.method());
    assertEquals("/v1/lms/records/{id}/mark_processed/", op.pathTemplate());
    assertEquals("Mark Processed", op.summary());
    assertEquals("Records", op.tag());
    assertEquals(
        new Provenance(Provenance.Status.DOCUMENTED, "seeds/004_1d903314c2976b45.txt"),
        op.provenance());
    assertEquals(Set.of(200, 400, 401, 404), op.responseCodes());
    assertEquals(
        "#/paths/~1v1~1lms~1records~1{id}~1mark_processed~1/put/requestBody/content/application~1json/schema",
        op.requestBodySchema());
    assertEquals(
        "#/paths/~1v1~1lms~1records~1{id}~1mark_processed~1/put/responses/200/content/application~1json/schema",
        op.responseSchema(200).orElseThrow());
    assertEquals(
        "#/components/responses/NotFound/content/application~1json/schema",
        op.responseSchema(404).orElseThrow(),
        "a $ref'd response is followed to its component");
    assertEquals(
        List.of(
            new SpecOperation.Parameter(
                "id",
                "path",
                true,
                "#/paths/~1v1~1lms~1records~1{id}~1mark_processed~1/parameters/0/schema")),
        op.parameters());
  }

  @Test
  void operationWithoutJsonBodiesHasNoPointers() {
    SpecOperation ping = SPEC.operation("ping").orElseThrow();
    assertNull(ping.requestBodySchema());
    assertEquals(Set.of(200), ping.responseCodes());
    assertEquals(Map.of(), ping.responseSchemas());
  }

  @Test
  void readsQueryParameters() {
    SpecOperation list = SPEC.operation("listRecords").orElseThrow();
    assertEquals(
        List.of("page", "status"), list.parameters("query").stream().map(p -> p.name()).toList());
    assertFalse(list.parameters("query").get(0).required());
    assertTrue(SPEC.operation("unknown").isEmpty());
  }

  @ParameterizedTest(name = "{0}: required={1} optional={2}")
  @CsvSource({
    "getToken, false, false",
    "ping, false, true",
    "listRecords, true, false",
    "markRecordProcessed, true, false"
  })
  void derivesAuthFromEffectiveSecurity(String operationId, boolean required, boolean optional) {
    SpecOperation op = SPEC.operation(operationId).orElseThrow();
    assertEquals(required, op.authRequired(), "authRequired");
    assertEquals(optional, op.authOptional(), "authOptional");
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "GET, /v1/lms/records/, listRecords",
    "post, /v1/lms/records/, createRecord",
    "GET, /v1/lms/records/unmatched/, listUnmatchedRecords",
    "GET, /v1/lms/records/42/, getRecord",
    "GET, /v1/lms/records/42/?expand=loans, getRecord",
    "PUT, /v1/lms/records/unmatched/mark_processed/, markRecordProcessed",
    "GET, /auth/ping/, ping"
  })
  void matchesRoutesWithLiteralSegmentsWinning(String method, String path, String operationId) {
    RouteMatch match = SPEC.match(method, path).orElseThrow();
    assertEquals(operationId, match.operation().operationId());
  }

  @ParameterizedTest(name = "{0} {1} matches nothing")
  @CsvSource({
    "GET, /v1/lms/records",
    "GET, /v1/lms/records/42",
    "GET, /v1/lms/records//",
    "DELETE, /v1/lms/records/42/",
    "GET, /v1/lms/loans/"
  })
  void respectsTrailingSlashMethodAndEmptySegments(String method, String path) {
    assertEquals(java.util.Optional.empty(), SPEC.match(method, path));
  }

  @Test
  void extractsPathParameters() {
    RouteMatch match = SPEC.match("PUT", "/v1/lms/records/abc-123/mark_processed/").orElseThrow();
    assertEquals(Map.of("id", "abc-123"), match.pathParams());
    assertEquals(
        Map.of(), SPEC.match("GET", "/v1/lms/records/unmatched/").orElseThrow().pathParams());
  }

  @Test
  void readsLifecycles() {
    Lifecycle record = SPEC.lifecycles().get("Record");
    assertEquals(Set.of("Record"), SPEC.lifecycles().keySet());
    assertEquals("status", record.statusField());
    assertEquals(List.of("pending", "processed", "written_off"), record.statusEnum());
    assertEquals(Set.of("pending", "processed", "written_off"), record.statuses());
    assertEquals(
        new Transition(
            "pending",
            "markRecordProcessed",
            null,
            "processed",
            List.of("utr", "settled_at", "collection_bank")),
        record.transitions().get(1));
    Transition writeOff = record.transitions().get(2);
    assertEquals("write_off", writeOff.event());
    assertNull(writeOff.operationId());
    assertEquals(Condition.note("back-office action outside this API"), writeOff.when());
    assertTrue(record.transitions().get(0).isCreation());
  }

  @Test
  void answersLifecycleQuestions() {
    Lifecycle record = SPEC.lifecycles().get("Record");
    assertEquals(Set.of("pending"), record.allowedFrom("markRecordProcessed"));
    assertEquals(Set.of(), record.allowedFrom("createRecord"));
    assertEquals("pending", record.transition(null, "createRecord").orElseThrow().to());
    assertTrue(record.transition("processed", "markRecordProcessed").isEmpty());
  }
}
