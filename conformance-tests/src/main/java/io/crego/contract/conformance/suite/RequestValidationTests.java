package io.crego.contract.conformance.suite;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.model.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Invalid requests are refused with the status the spec declares: each required field missing, a
 * value of the wrong type, an unknown enum value (400 VALIDATION_FAILED naming the field); a body
 * that is not JSON (400 MALFORMED_JSON) or not {@code application/json} (415); invalid query
 * parameters (400). Each broken body starts from a valid request about real data, so nothing but
 * the broken field can explain a refusal.
 */
@ConformanceSuite
// beside the lifecycle walk with --parallel (RunOrder): refusals of broken requests, decided before
// the business date or any count is read
@Execution(ExecutionMode.CONCURRENT)
@Tag("validation")
class RequestValidationTests {

  @TestFactory
  @Execution(ExecutionMode.SAME_THREAD)
  Stream<DynamicTest> invalidBodiesAreRefused(SuiteRun run) {
    if (run.config().readOnly()) {
      return Stream.empty();
    }
    return Operations.selected(run)
        .filter(op -> op.requestBodySchema() != null)
        .flatMap(op -> bodyTests(run, op));
  }

  @TestFactory
  @Execution(ExecutionMode.SAME_THREAD)
  Stream<DynamicTest> invalidQueryParametersAreRefused(SuiteRun run) {
    return Operations.selected(run)
        .filter(op -> op.method().equals("GET") && op.parameters("path").isEmpty())
        .filter(op -> Operations.isSafe(op))
        .flatMap(
            op ->
                QueryMutation.of(run.spec(), op).stream()
                    .map(
                        m ->
                            dynamicTest(
                                "validation " + op.operationId() + " " + m.label() + " → 400",
                                () -> {
                                  ApiResult answer = run.session().send(m.apply(Call.to(op)));
                                  Expect.error(
                                      answer,
                                      400,
                                      "invalid query parameter",
                                      ErrorCode.VALIDATION_FAILED);
                                  Expect.namesField(answer, "query", "/" + m.name());
                                })));
  }

  private static Stream<DynamicTest> bodyTests(SuiteRun run, SpecOperation op) {
    Lazy<Call> valid = new Lazy<>(() -> run.fixtures().positiveCall(op.operationId()));
    String name = "validation " + op.operationId() + " ";
    List<DynamicTest> tests = new ArrayList<>();
    JsonNode example =
        new io.crego.contract.conformance.data.CallFactory(run.spec()).example(op).orElse(null);
    if (example != null) {
      for (BodyMutation m : BodyMutation.of(run.spec(), op, example)) {
        tests.add(
            dynamicTest(
                name + m.label() + " → 400",
                () -> {
                  JsonNode broken = valid.get().body().deepCopy();
                  m.change().applyTo(broken);
                  ApiResult answer = run.session().send(valid.get().withBody(broken));
                  Expect.error(
                      answer, 400, "the body breaks " + m.label(), ErrorCode.VALIDATION_FAILED);
                  Expect.namesField(answer, "body", m.pointer());
                }));
      }
    }
    tests.add(
        dynamicTest(
            name + "malformed JSON → 400",
            () -> {
              ApiResult answer =
                  run.session().send(valid.get().withRawBody("{\"broken\": ", "application/json"));
              Expect.error(answer, 400, "the body is not JSON", ErrorCode.MALFORMED_JSON);
            }));
    if (op.responseCodes().contains(415)) {
      tests.add(
          dynamicTest(
              name + "text/plain body → 415",
              () -> {
                ApiResult answer =
                    run.session().send(valid.get().withRawBody("amount=5", "text/plain"));
                Expect.error(
                    answer,
                    415,
                    "the body is not application/json",
                    ErrorCode.UNSUPPORTED_MEDIA_TYPE);
              }));
    }
    return tests.stream();
  }
}
