package io.crego.contract.conformance.suite;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.data.CallFactory;
import io.crego.contract.conformance.data.Fixtures;
import io.crego.contract.conformance.data.Overrides;
import io.crego.contract.conformance.data.References;
import io.crego.contract.conformance.data.ResourceKind;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.model.ErrorCode;
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
 * An id that names nothing is answered 404 NOT_FOUND, naming where it was sent: in the path of
 * every operation on {@code {id}}, and in each reference field of a body (a resource the suite
 * makes, or the collection bank Mark Processed names; the rest of the request valid and about real
 * data).
 */
@ConformanceSuite
// beside the lifecycle walk with --parallel (RunOrder): refusals of unknown ids, decided before the
// business date or any count is read
@Execution(ExecutionMode.CONCURRENT)
@Tag("not-found")
class NotFoundTests {

  @TestFactory
  @Execution(ExecutionMode.SAME_THREAD)
  Stream<DynamicTest> unknownIdsInThePathAre404(SuiteRun run) {
    return Operations.selected(run)
        .filter(op -> op.responseCodes().contains(404) && op.pathTemplate().contains("{id}"))
        .map(
            op ->
                dynamicTest(
                    "not-found " + op.operationId() + " unknown {id} → 404",
                    () -> {
                      Call call = validCallFor(run, op).withPathParam("id", unknownId());
                      ApiResult answer = run.session().send(call);
                      Expect.error(answer, 404, "no such resource", ErrorCode.NOT_FOUND);
                      Expect.namesField(answer, "path", "/id");
                    }));
  }

  @TestFactory
  @Execution(ExecutionMode.SAME_THREAD)
  Stream<DynamicTest> unknownIdsInTheBodyAre404(SuiteRun run) {
    if (run.config().readOnly()) {
      return Stream.empty();
    }
    return Operations.selected(run)
        .filter(op -> op.responseCodes().contains(404) && op.requestBodySchema() != null)
        .flatMap(
            op ->
                referenceFields(run, op).stream()
                    .map(
                        field ->
                            dynamicTest(
                                "not-found " + op.operationId() + " unknown /" + field + " → 404",
                                () -> {
                                  Call valid = run.fixtures().positiveCall(op.operationId());
                                  JsonNode body = valid.body().deepCopy();
                                  JsonNode current = body.get(field);
                                  ((com.fasterxml.jackson.databind.node.ObjectNode) body)
                                      .set(
                                          field,
                                          current.isArray()
                                              ? JsonNodeFactory.instance
                                                  .arrayNode()
                                                  .add(unknownId())
                                              : new TextNode(unknownId()));
                                  ApiResult answer = run.session().send(valid.withBody(body));
                                  Expect.error(
                                      answer,
                                      404,
                                      "the body names a resource that does not exist",
                                      ErrorCode.NOT_FOUND);
                                  Expect.namesField(
                                      answer,
                                      "body",
                                      current.isArray() ? "/" + field + "/0" : "/" + field);
                                })));
  }

  /**
   * A call whose path names nothing and whose body is valid: body references are made through the
   * API (in read-only runs nothing is made: unknown ids everywhere).
   */
  private static Call validCallFor(SuiteRun run, SpecOperation op) {
    CallFactory calls = new CallFactory(run.spec());
    if (run.config().readOnly() || op.requestBodySchema() == null) {
      return calls.build(op.operationId(), new UnknownReferences(), Overrides.none());
    }
    Fixtures fixtures = run.fixtures();
    ResourceKind pathKind = ResourceKind.ofPath(op.pathTemplate()).orElseThrow();
    References bodyOnly =
        new References() {
          @Override
          public String id(ResourceKind kind) {
            return kind == pathKind
                ? unknownId()
                : fixtures.referencesFor(op.operationId(), null).id(kind);
          }

          @Override
          public String lead() {
            return fixtures.lead();
          }

          @Override
          public String collectionBank() {
            return fixtures.collectionBank();
          }
        };
    return calls.build(op.operationId(), bodyOnly, Overrides.none());
  }

  /** Top-level body fields of the example that hold ids of resources. */
  private static List<String> referenceFields(SuiteRun run, SpecOperation op) {
    List<String> fields = new ArrayList<>();
    new CallFactory(run.spec())
        .example(op)
        .ifPresent(
            example ->
                example
                    .fieldNames()
                    .forEachRemaining(
                        field -> {
                          JsonNode value = example.get(field);
                          JsonNode first = value.isArray() ? value.path(0) : value;
                          boolean isId =
                              first.isTextual() && first.asText().matches("[0-9a-f-]{36}");
                          if (isId
                              && (ResourceKind.ofField(field).isPresent()
                                  || field.equals("entity_id")
                                  || field.equals("collection_bank_id"))) {
                            fields.add(field);
                          }
                        }));
    return fields;
  }

  private static String unknownId() {
    return UUID.randomUUID().toString();
  }
}
