package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The validator against the mini fixture spec. */
class SchemaValidatorTest {

  private static final CregoSpec SPEC = Fixtures.mini();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RECORD = "#/components/schemas/Record";
  private static final String VALID_RECORD =
      """
      {"id": "6f1c2a9e-3b7d-4e2f-9a51-0c8d7e6b5a43", "status": "pending", "amount": 1500.0,
       "utr": null, "settled_at": null, "collection_bank": null}
      """;

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static List<Violation> validate(String pointer, String instance) {
    return SPEC.validator().validate(pointer, json(instance));
  }

  @Test
  void acceptsAValidInstanceWithNulls() {
    assertEquals(List.of(), validate(RECORD, VALID_RECORD));
  }

  @Test
  void requiredViolationPointsAtTheMissingProperty() {
    String pointer = SPEC.operation("markRecordProcessed").orElseThrow().requestBodySchema();
    assertEquals(
        List.of(
            new Violation(
                "/utr",
                "required",
                "required property 'utr' not found",
                "property present",
                "missing")),
        validate(pointer, "{}"));
  }

  @Test
  void reportsEveryViolationAtOnceWithExpectedAndActual() {
    List<Violation> violations =
        validate(
            RECORD,
            """
            {"id": "not-a-uuid", "status": "lost", "amount": "12",
             "settled_at": "2024-06-17", "collection_bank": {"ifsc": 7}}
            """);
    List<String> summary =
        violations.stream()
            .map(
                v ->
                    v.instancePointer() + " " + v.keyword() + " " + v.expected() + " " + v.actual())
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "/amount type number \"12\"",
            "/collection_bank/ifsc type string 7",
            "/collection_bank/name required property present missing",
            "/id format uuid \"not-a-uuid\"",
            "/settled_at format date-time \"2024-06-17\"",
            "/status enum [\"pending\",\"processed\",\"written_off\"] \"lost\""),
        summary,
        violations.toString());
  }

  @Test
  void pointsIntoArrays() {
    String page = SPEC.operation("listRecords").orElseThrow().responseSchema(200).orElseThrow();
    List<Violation> violations =
        validate(
            page,
            """
            {"count": 1, "results": [{"id": "6f1c2a9e-3b7d-4e2f-9a51-0c8d7e6b5a43",
                                      "status": 3, "amount": 1}]}
            """);
    assertTrue(
        violations.stream().allMatch(v -> v.instancePointer().equals("/results/0/status")),
        violations.toString());
    assertTrue(
        violations.stream().anyMatch(v -> v.keyword().equals("type")), violations.toString());
  }

  @Test
  void nullableAllOfAcceptsNullButNotAWrongObject() {
    String bankless = VALID_RECORD.replace("\"collection_bank\": null", "\"collection_bank\": 5");
    List<Violation> violations = validate(RECORD, bankless);
    assertTrue(!violations.isEmpty(), "a number is no Bank");
    assertTrue(
        violations.stream().allMatch(v -> v.instancePointer().equals("/collection_bank")),
        violations.toString());
  }

  @Test
  void rootViolationHasEmptyPointer() {
    List<Violation> violations = validate(RECORD, "[]");
    assertEquals("", violations.get(0).instancePointer());
    assertEquals("type", violations.get(0).keyword());
    assertEquals("object", violations.get(0).expected());
    assertEquals("[]", violations.get(0).actual());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#/paths/~1v1~1lms~1records~1{id}~1/get/responses/200/content/application~1json/schema",
        "#/paths/~1v1~1lms~1records~1{id}~1/parameters/0/schema",
        "#/components/responses/NotFound/content/application~1json/schema"
      })
  void compilesSchemasAnywhereInTheDocument(String pointer) {
    SPEC.validator().validate(pointer, json("\"x\""));
  }

  @Test
  void pathParameterSchemaChecksFormat() {
    String pointer = SPEC.operation("getRecord").orElseThrow().parameters().get(0).schema();
    assertEquals("format", validate(pointer, "\"42\"").get(0).keyword());
    assertEquals(List.of(), validate(pointer, "\"6f1c2a9e-3b7d-4e2f-9a51-0c8d7e6b5a43\""));
  }

  @Test
  void rejectsAPointerThatNamesNothing() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SPEC.validator().validate("#/components/schemas/Nope", json("{}")));
  }

  @Test
  void schemasFirstAskedForConcurrentlyJudgeAsSchemasAskedForOneByOne() throws Exception {
    JsonNode raw = CregoSpec.get().raw();
    List<String> pointers = new ArrayList<>();
    raw.path("components")
        .path("schemas")
        .fieldNames()
        .forEachRemaining(name -> pointers.add(ResolvedSchemas.component(name)));
    assertTrue(pointers.size() > 50, "the spec's component schemas: " + pointers.size());
    JsonNode instance = json("{\"id\": 5, \"status\": [], \"amount\": \"x\"}");

    SchemaValidator oneByOne = new SchemaValidator(raw);
    Map<String, List<Violation>> expected = new LinkedHashMap<>();
    pointers.forEach(pointer -> expected.put(pointer, oneByOne.validate(pointer, instance)));

    SchemaValidator shared = new SchemaValidator(raw);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch go = new CountDownLatch(1);
      Map<String, List<Future<List<Violation>>>> answers = new LinkedHashMap<>();
      for (String pointer : pointers) {
        for (int asker = 0; asker < 3; asker++) {
          answers
              .computeIfAbsent(pointer, p -> new ArrayList<>())
              .add(
                  pool.submit(
                      () -> {
                        go.await();
                        return shared.validate(pointer, instance);
                      }));
        }
      }
      go.countDown();
      for (Map.Entry<String, List<Future<List<Violation>>>> answer : answers.entrySet()) {
        for (Future<List<Violation>> each : answer.getValue()) {
          assertEquals(
              expected.get(answer.getKey()), each.get(30, TimeUnit.SECONDS), answer.getKey());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
