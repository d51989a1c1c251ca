package io.crego.contract.conformance.suite;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.data.ResourceKind;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * For read-only runs (a target whose data must not change, e.g. preprod): every safe GET, with ids
 * discovered from list endpoints, every answer checked against the spec.
 */
@ConformanceSuite
// beside the lifecycle walk with --parallel (RunOrder): only GETs, and only in a read-only run,
// which moves no date and makes nothing
@Execution(ExecutionMode.CONCURRENT)
@Tag("read-only")
class ReadOnlyTests {

  /** Where an id of each kind can be found: a list operation and the field of its items. */
  private static final Map<ResourceKind, String[]> DISCOVERY =
      Map.of(
          ResourceKind.RECORD, new String[] {OperationIds.LIST_RECORDS, "id"},
          ResourceKind.LOAN, new String[] {OperationIds.LIST_LOANS, "id"},
          ResourceKind.ACCOUNT, new String[] {OperationIds.LIST_LOANS, "account"},
          ResourceKind.FEE, new String[] {OperationIds.LIST_FEES, "id"},
          ResourceKind.LINE_DETAIL, new String[] {OperationIds.FILTER_LINE_DETAILS, "id"});

  @TestFactory
  @Execution(ExecutionMode.SAME_THREAD)
  Stream<DynamicTest> everySafeOperationWithDiscoveredIds(SuiteRun run) {
    if (!run.config().readOnly()) {
      return Stream.empty();
    }
    return Operations.selected(run)
        .map(
            op ->
                dynamicTest(
                    "read-only " + op.operationId() + " → " + Operations.success(op),
                    () -> check(run, op)));
  }

  private static void check(SuiteRun run, SpecOperation op) {
    Call call = Call.to(op);
    for (SpecOperation.Parameter p : op.parameters("query")) {
      if (p.required()) {
        JsonNode schema = run.spec().schemas().mergedAt(p.schema());
        Assumptions.assumeTrue(
            schema.has("enum"),
            () -> "no way to discover a value for the required query parameter " + p.name());
        call = call.withQuery(p.name(), schema.get("enum").get(0).asText());
      }
    }
    if (op.pathTemplate().contains("{id}")) {
      ResourceKind kind = ResourceKind.ofPath(op.pathTemplate()).orElseThrow();
      call = call.withPathParam("id", discover(run, kind));
    }
    ApiResult answer = run.session().send(call);
    Expect.status(answer, Operations.success(op), "a safe read");
  }

  private static String discover(SuiteRun run, ResourceKind kind) {
    String[] source = DISCOVERY.get(kind);
    Assumptions.assumeTrue(
        source != null, () -> "no list endpoint to discover a " + kind.schema() + " id from");
    ApiResult list = run.session().send(Call.to(run.spec().operation(source[0]).orElseThrow()));
    Expect.status(list, 200, "a list to discover ids from");
    for (JsonNode item : list.json().path("results")) {
      if (item.path(source[1]).isTextual()) {
        return item.path(source[1]).asText();
      }
    }
    Assumptions.abort(source[0] + " lists nothing to take a " + kind.schema() + " id from");
    return null;
  }
}
