package io.crego.contract.conformance.suite;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.data.ResourceKind;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.conformance.http.Session;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.ErrorCode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * "Data is scoped by the company of the token's user; one company never sees another's records": a
 * record made by one user is unknown (404) to a user of another company and absent from that user's
 * list. Needs a second user (--second-username/--second-password).
 */
@ConformanceSuite
// beside the lifecycle walk with --parallel (RunOrder): one record, looked for by another company
@Execution(ExecutionMode.CONCURRENT)
@Tag("tenancy")
class TenancyTests {

  @TestFactory
  @Execution(ExecutionMode.SAME_THREAD)
  Stream<DynamicTest> companiesDoNotSeeEachOthersData(SuiteRun run) {
    if (run.config().readOnly() || !run.config().selects(OperationIds.GET_RECORD)) {
      return Stream.empty();
    }
    return Stream.of(
        dynamicTest(
            "tenancy getRecord of another company's record → 404",
            () -> {
              Session other = otherCompany(run);
              String record = run.fixtures().id(ResourceKind.RECORD);
              Call get =
                  Call.to(run.spec().operation(OperationIds.GET_RECORD).orElseThrow())
                      .withPathParam("id", record);
              Expect.error(
                  other.send(get),
                  404,
                  "the record belongs to another company",
                  ErrorCode.NOT_FOUND);
            }),
        dynamicTest(
            "tenancy listRecords does not show another company's record",
            () -> {
              Session other = otherCompany(run);
              String record = run.fixtures().id(ResourceKind.RECORD);
              Call list =
                  Call.to(run.spec().operation(OperationIds.LIST_RECORDS).orElseThrow())
                      .withQuery("page_size", "100");
              ApiResult answer = other.send(list);
              Expect.status(answer, 200, "a list of the caller's own records");
              Expect.that(
                  !Expect.ids(answer.json().path("results")).contains(record),
                  "listRecords as another company shows record " + record);
            }));
  }

  private static Session otherCompany(SuiteRun run) {
    Assumptions.assumeFalse(
        run.secondSession().credentials().isEmpty(),
        "needs a user of another company: --second-username/--second-password");
    return run.secondSession();
  }
}
