package io.crego.contract.conformance.exchange;

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
 * The exchange validator against the cases in {@code exchanges/exchange-cases.yaml}: every
 * violation of an exchange at once, each with its rule, pointer, expected, actual and schema
 * location.
 */
class ExchangeValidatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ExchangeValidator validator = new ExchangeValidator(CregoSpec.get());

  @TestFactory
  Stream<DynamicTest> eachCaseReportsExactlyItsViolations() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : cases()) {
      tests.add(dynamicTest(c.path("name").asText(), () -> check(c)));
    }
    return tests.stream();
  }

  private void check(JsonNode c) throws IOException {
    SpecOperation op = CregoSpec.get().operation(c.path("operationId").asText()).orElseThrow();
    String body =
        c.has("raw")
            ? c.get("raw").asText()
            : c.path("body").isNull() || c.path("body").isMissingNode()
                ? ""
                : JSON.writeValueAsString(c.get("body"));
    Map<String, String> query = new LinkedHashMap<>();
    c.path("query").fields().forEachRemaining(e -> query.put(e.getKey(), e.getValue().asText()));
    HttpExchange exchange =
        new HttpExchange(
            op.method(),
            c.path("path").asText(op.pathTemplate()),
            query,
            null,
            c.path("status").asInt(),
            c.path("contentType").isNull() ? null : c.path("contentType").asText(),
            body,
            1);
    List<ContractViolation> found = validator.validate(op, exchange);
    String all = found.stream().map(ContractViolation::describe).collect(Collectors.joining("\n"));
    JsonNode expected = c.path("expect");
    assertEquals(expected.size(), found.size(), "violations found:\n" + all);
    for (JsonNode wanted : expected) {
      boolean matched = found.stream().anyMatch(v -> matches(wanted, v, op.operationId()));
      assertEquals(true, matched, "no violation like " + wanted + " among:\n" + all);
    }
  }

  private static boolean matches(JsonNode wanted, ContractViolation v, String operationId) {
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
    return v.operationId().equals(operationId);
  }

  private static List<JsonNode> cases() throws IOException {
    try (InputStream in =
        ExchangeValidatorTest.class.getResourceAsStream("/exchanges/exchange-cases.yaml")) {
      List<JsonNode> cases = new ArrayList<>();
      new ObjectMapper(new YAMLFactory()).readTree(in).path("cases").forEach(cases::add);
      return cases;
    }
  }
}
