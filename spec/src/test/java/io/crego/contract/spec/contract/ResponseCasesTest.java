package io.crego.contract.spec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The interaction validator's response check against the cases in {@code
 * contract/response-cases.yaml}: every violation of a response at once, each with its rule,
 * pointer, expected, actual and schema location. Each case is checked twice: as text, the way a
 * client receives it, and (when it is JSON) as the tree a producer holds before writing it.
 */
class ResponseCasesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final InteractionValidator validator = new InteractionValidator(CregoSpec.get());

  @TestFactory
  Stream<DynamicTest> eachCaseReportsExactlyItsViolations() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : cases()) {
      tests.add(dynamicTest(c.path("name").asText() + " (text)", () -> check(c, false)));
      if (!c.has("raw") && !c.path("body").isNull() && !c.path("body").isMissingNode()) {
        tests.add(dynamicTest(c.path("name").asText() + " (tree)", () -> check(c, true)));
      }
    }
    return tests.stream();
  }

  private void check(JsonNode c, boolean asTree) throws IOException {
    SpecOperation op = CregoSpec.get().operation(c.path("operationId").asText()).orElseThrow();
    Map<String, String> query = new LinkedHashMap<>();
    c.path("query").fields().forEachRemaining(e -> query.put(e.getKey(), e.getValue().asText()));
    InteractionRequest request =
        InteractionRequest.of(c.path("path").asText(op.pathTemplate()), query);
    int status = c.path("status").asInt();
    String contentType = c.path("contentType").isNull() ? null : c.path("contentType").asText();
    ContractReport report;
    if (asTree) {
      Map<String, String> headers = new LinkedHashMap<>();
      if (contentType != null) {
        headers.put("content-type", contentType);
      }
      report = validator.validateResponse(op, request, status, headers, c.get("body"));
    } else {
      String body =
          c.has("raw")
              ? c.get("raw").asText()
              : c.path("body").isNull() || c.path("body").isMissingNode()
                  ? ""
                  : JSON.writeValueAsString(c.get("body"));
      report = validator.validateResponse(op, request, status, contentType, body);
    }
    List<RuleViolation> found = report.violations();
    String all = found.stream().map(RuleViolation::describe).collect(Collectors.joining("\n"));
    JsonNode expected = c.path("expect");
    assertEquals(expected.size(), found.size(), "violations found:\n" + all);
    for (JsonNode wanted : expected) {
      boolean matched = found.stream().anyMatch(v -> matches(wanted, v));
      assertEquals(true, matched, "no violation like " + wanted + " among:\n" + all);
    }
  }

  private static boolean matches(JsonNode wanted, RuleViolation v) {
    Map<String, String> actual =
        Map.of(
            "rule", v.rule(),
            "pointer", v.pointer(),
            "expected", v.expected(),
            "actual", v.actual(),
            "schemaLocation", String.valueOf(v.schemaLocation()));
    var fields = wanted.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      if (!field.getValue().asText().equals(actual.get(field.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static List<JsonNode> cases() throws IOException {
    try (InputStream in =
        ResponseCasesTest.class.getResourceAsStream("/contract/response-cases.yaml")) {
      List<JsonNode> cases = new ArrayList<>();
      new ObjectMapper(new YAMLFactory()).readTree(in).path("cases").forEach(cases::add);
      return cases;
    }
  }
}
