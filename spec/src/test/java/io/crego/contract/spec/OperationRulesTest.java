package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/** Rule 2: the house rules every operation of the real spec follows. */
class OperationRulesTest {

  private static final int OPERATION_COUNT = 74; // 71 LMS + 3 Auth, per the vendor's sidebar
  private static final Set<String> PROVENANCE = Set.of("documented", "partial", "inferred");
  private static final String ERROR_REF = "#/components/schemas/Error";

  private static CregoSpec spec() {
    return CregoSpec.get();
  }

  private static String name(SpecOperation op) {
    return op.operationId() != null ? op.operationId() : op.method() + " " + op.pathTemplate();
  }

  @Test
  void hasEveryOperationOfTheVendorApi() {
    assertEquals(OPERATION_COUNT, spec().operations().size(), "number of operations");
  }

  @Test
  void operationIdsAreUnique() {
    Map<String, Long> counts =
        spec().operations().stream()
            .map(OperationRulesTest::name)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    counts.values().removeIf(count -> count == 1);
    assertEquals(Map.of(), counts, "operationIds used more than once");
  }

  /**
   * A read-only run trusts {@code x-crego-changes-state}: it must be a boolean on a GET, and every
   * GET that a lifecycle table names as a transition (it moves a status) must carry it.
   */
  @Test
  void readsThatChangeStateAreMarked() {
    List<String> problems = new ArrayList<>();
    for (SpecOperation op : spec().operations()) {
      JsonNode flag = spec().raw().at(op.pointer().substring(1) + "/x-crego-changes-state");
      if (!flag.isMissingNode() && (!flag.isBoolean() || !op.method().equals("GET"))) {
        problems.add(name(op) + ": x-crego-changes-state must be a boolean on a GET, is " + flag);
      }
    }
    Set<String> transitionReads = new java.util.TreeSet<>();
    spec().lifecycles().values().stream()
        .flatMap(lifecycle -> lifecycle.transitions().stream())
        .map(Transition::operationId)
        .flatMap(id -> id == null ? Stream.empty() : spec().operation(id).stream())
        .filter(op -> op.method().equals("GET") && !op.changesState())
        .forEach(op -> transitionReads.add(name(op)));
    transitionReads.forEach(
        op -> problems.add(op + " moves a status in a lifecycle but lacks x-crego-changes-state"));
    assertEquals(List.of(), problems);
    assertTrue(spec().operation("refreshLimit").orElseThrow().changesState(), "refreshLimit");
    assertFalse(spec().operation("getRecord").orElseThrow().changesState(), "getRecord");
    assertTrue(spec().operation("createRecord").orElseThrow().changesState(), "createRecord");
  }

  @TestFactory
  Stream<DynamicTest> everyOperationFollowsTheHouseRules() {
    return spec().operations().stream().map(op -> dynamicTest(name(op), () -> checkRules(op)));
  }

  @TestFactory
  Stream<DynamicNode> everySuccessExampleValidates() {
    return spec().operations().stream().map(op -> dynamicContainer(name(op), exampleTests(op)));
  }

  private static void checkRules(SpecOperation op) {
    JsonNode node = spec().raw().at(op.pointer().substring(1));
    JsonNode provenance = node.path("x-crego-provenance");
    List<Executable> checks = new ArrayList<>();
    checks.add(
        () ->
            assertTrue(
                op.operationId() != null && op.operationId().matches("^[a-z][a-zA-Z0-9]*$"),
                "operationId must be camelCase: " + op.operationId()));
    checks.add(
        () -> assertFalse(op.summary() == null || op.summary().isBlank(), "summary is empty"));
    checks.add(
        () -> assertEquals(1, node.path("tags").size(), "exactly one tag: " + node.path("tags")));
    checks.add(
        () ->
            assertTrue(
                PROVENANCE.contains(provenance.path("status").asText()),
                "x-crego-provenance.status must be one of " + PROVENANCE + ": " + provenance));
    checks.add(
        () ->
            assertFalse(
                provenance.path("source").asText("").isBlank(),
                "x-crego-provenance.source is empty: " + provenance));
    checks.add(
        () ->
            assertTrue(
                (op.pathTemplate().startsWith("/v1/lms/") || op.pathTemplate().startsWith("/auth/"))
                    && op.pathTemplate().endsWith("/"),
                "path must start with /v1/lms/ or /auth/ and end with /: " + op.pathTemplate()));
    if (op.authRequired()) {
      checks.add(() -> assertDeclares(op, 401, "it needs a token"));
    }
    if (op.pathTemplate().contains("{id}")) {
      checks.add(() -> assertDeclares(op, 404, "its path has {id}"));
    }
    if (node.has("requestBody")) {
      checks.add(() -> assertDeclares(op, 400, "it takes a request body"));
    }
    for (int status : op.responseCodes()) {
      if (status >= 400) {
        checks.add(() -> assertErrorSchema(op, status));
      } else if (status < 300 && op.responseSchemas().containsKey(status)) {
        checks.add(
            () ->
                assertFalse(
                    ExampleChecks.examplesBeside(spec(), op.responseSchemas().get(status))
                        .isEmpty(),
                    status + " has a JSON body but no example"));
      }
    }
    assertAll(name(op), checks);
  }

  private static void assertDeclares(SpecOperation op, int status, String because) {
    assertTrue(
        op.responseCodes().contains(status),
        "must declare " + status + " because " + because + "; declares " + op.responseCodes());
  }

  private static void assertErrorSchema(SpecOperation op, int status) {
    String pointer = op.responseSchemas().get(status);
    JsonNode schema = pointer == null ? null : spec().raw().at(pointer.substring(1));
    assertTrue(
        schema != null && ERROR_REF.equals(schema.path("$ref").asText()),
        status + " must have an application/json body that is $ref " + ERROR_REF + ": " + schema);
  }

  /** One test per example of a 2xx response or of the request body. */
  private static Stream<DynamicTest> exampleTests(SpecOperation op) {
    Map<String, String> schemas = new java.util.LinkedHashMap<>();
    if (op.requestBodySchema() != null) {
      schemas.put("request", op.requestBodySchema());
    }
    op.responseSchemas().entrySet().stream()
        .filter(e -> e.getKey() >= 200 && e.getKey() < 300)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> schemas.put(String.valueOf(e.getKey()), e.getValue()));
    return schemas.entrySet().stream()
        .flatMap(
            schema ->
                ExampleChecks.examplesBeside(spec(), schema.getValue()).entrySet().stream()
                    .map(
                        example ->
                            dynamicTest(
                                name(op) + " " + schema.getKey() + " " + example.getKey(),
                                () -> checkExample(op, schema.getKey(), example))));
  }

  private static void checkExample(
      SpecOperation op, String where, Map.Entry<String, JsonNode> example) {
    String label = name(op) + " " + where + " " + example.getKey();
    assertFalse(example.getValue().isMissingNode(), label + " has no inline value");
    String schema =
        "request".equals(where)
            ? op.requestBodySchema()
            : op.responseSchemas().get(Integer.parseInt(where));
    List<Violation> violations = spec().validator().validate(schema, example.getValue());
    assertTrue(violations.isEmpty(), () -> label + ":" + ExampleChecks.describe(violations));
  }
}
