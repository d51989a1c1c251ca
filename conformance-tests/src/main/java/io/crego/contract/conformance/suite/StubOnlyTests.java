package io.crego.contract.conformance.suite;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.crego.contract.conformance.StubOnly;
import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecLimits;
import io.crego.contract.spec.model.ErrorCode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** What only the stub promises: its readiness route and its 1 MiB body limit. */
@ConformanceSuite
// beside the lifecycle walk with --parallel (RunOrder): the stub's health route and its body limit
@Execution(ExecutionMode.CONCURRENT)
@Tag("stub")
class StubOnlyTests {

  /** A body over the spec's {@code x-crego-max-body-bytes}. */
  private static final int OVER_THE_LIMIT = SpecLimits.get().maxBodyBytes() + 1024;

  @TestFactory
  @Execution(ExecutionMode.SAME_THREAD)
  @StubOnly("GET /__admin/health is the stub's readiness route, not part of the LMS API")
  Stream<DynamicTest> stubAnswersItsHealthRoute(SuiteRun run) {
    return Stream.of(
        dynamicTest(
            "stub GET /__admin/health → 200",
            () -> {
              HttpClient client =
                  HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
              HttpRequest request =
                  HttpRequest.newBuilder(URI.create(run.config().baseUrl() + "/__admin/health"))
                      .timeout(Duration.ofSeconds(10))
                      .GET()
                      .build();
              try {
                int status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                Expect.that(status == 200, "GET /__admin/health answered " + status);
              } catch (IOException e) {
                throw new AssertionError("GET /__admin/health failed: " + e, e);
              }
            }));
  }

  @TestFactory
  @Execution(ExecutionMode.SAME_THREAD)
  @StubOnly("the 1 MiB body limit is the stub's (the spec's x-crego-max-body-bytes)")
  Stream<DynamicTest> bodiesOverOneMebibyteAre413(SuiteRun run) {
    if (run.config().readOnly()) {
      return Stream.empty();
    }
    return Stream.of(OperationIds.CREATE_RECORD, OperationIds.CALCULATE_EMI)
        .filter(run.config()::selects)
        .map(
            operationId ->
                dynamicTest(
                    "stub " + operationId + " body over 1 MiB → 413",
                    () -> {
                      String big = "{\"remark\": \"" + "x".repeat(OVER_THE_LIMIT) + "\"}";
                      Call call =
                          Call.to(run.spec().operation(operationId).orElseThrow())
                              .withRawBody(big, "application/json");
                      ApiResult answer = run.session().send(call);
                      Expect.error(
                          answer,
                          413,
                          "the body is over the stub's 1 MiB",
                          ErrorCode.PAYLOAD_TOO_LARGE);
                    }));
  }
}
