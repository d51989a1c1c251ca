package io.crego.contract.conformance.suite;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.data.Fixtures;
import io.crego.contract.conformance.data.Overrides;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.model.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A value the spec makes unique, used twice, is refused with 409 and its DUPLICATE_* code. The
 * cases live in {@code conformance/duplicates.yaml}.
 */
@ConformanceSuite
// beside the lifecycle walk with --parallel (RunOrder): a unique value used twice: what matters is
// only the test's own two calls
@Execution(ExecutionMode.CONCURRENT)
@Tag("duplicates")
class DuplicateTests {

  private static final String CASES = "conformance/duplicates.yaml";

  @TestFactory
  @Execution(ExecutionMode.SAME_THREAD)
  Stream<DynamicTest> uniqueValuesUsedTwiceAre409(SuiteRun run) {
    if (run.config().readOnly()) {
      return Stream.empty();
    }
    return cases().stream()
        .filter(c -> run.config().selects(c.path("operationId").asText()))
        .map(
            c ->
                dynamicTest(
                    "duplicate "
                        + c.path("operationId").asText()
                        + " "
                        + c.path("field").asText()
                        + " used twice → 409 "
                        + c.path("code").asText(),
                    () -> check(run, c)));
  }

  private static void check(SuiteRun run, JsonNode c) {
    String op = c.path("operationId").asText();
    String field = c.path("field").asText();
    Fixtures fixtures = run.fixtures();
    Call first = fixtures.positiveCall(op);
    JsonNode value = first.body().at(field);
    if (value.isMissingNode()) {
      value =
          com.fasterxml.jackson.databind.node.TextNode.valueOf(
              "CNFDUP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
      JsonNode body = first.body().deepCopy();
      Overrides.apply(body, field, value);
      first = first.withBody(body);
    }
    fixtures.expectSuccess(first, "using " + field + " " + value + " the first time");
    Call second = fixtures.positiveCall(op);
    JsonNode body = second.body().deepCopy();
    Overrides.apply(body, field, value);
    ApiResult answer = run.session().send(second.withBody(body));
    Expect.error(
        answer, 409, c.path("because").asText(), ErrorCode.fromValue(c.path("code").asText()));
  }

  private static List<JsonNode> cases() {
    try (InputStream in = DuplicateTests.class.getClassLoader().getResourceAsStream(CASES)) {
      if (in == null) {
        throw new IllegalStateException("No " + CASES + " on the classpath");
      }
      List<JsonNode> cases = new ArrayList<>();
      new ObjectMapper(new YAMLFactory()).readTree(in).path("duplicates").forEach(cases::add);
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
