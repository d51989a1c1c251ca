package io.crego.contract.conformance.suite;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.data.CallFactory;
import io.crego.contract.conformance.data.Overrides;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Auth;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.model.ErrorCode;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every protected operation refuses a request without a token and one with a bad token (401
 * UNAUTHORIZED), before looking at anything else; an operation whose token is optional works
 * without one.
 */
@ConformanceSuite
// beside the lifecycle walk with --parallel (RunOrder): refusals before anything is read, and calls
// whose token is optional
@Execution(ExecutionMode.CONCURRENT)
@Tag("auth")
class AuthTests {

  private static final String BAD_TOKEN =
      "eyJhbGciOiJSUzI1NiJ9.eyJ1c2VyX2lkIjoibm9ib2R5In0.not-a-valid-signature";

  @TestFactory
  @Execution(ExecutionMode.SAME_THREAD)
  Stream<DynamicTest> protectedOperationsRefuseMissingAndBadTokens(SuiteRun run) {
    CallFactory calls = new CallFactory(run.spec());
    return Operations.selected(run)
        .filter(SpecOperation::authRequired)
        .flatMap(
            op ->
                Stream.of(
                    dynamicTest(
                        "auth " + op.operationId() + " without a token → 401",
                        () -> refused(run, unknownCall(calls, op), Auth.none())),
                    dynamicTest(
                        "auth " + op.operationId() + " with a bad token → 401",
                        () -> refused(run, unknownCall(calls, op), Auth.bearer(BAD_TOKEN)))));
  }

  @TestFactory
  @Execution(ExecutionMode.SAME_THREAD)
  Stream<DynamicTest> optionalAuthOperationsWorkWithoutAToken(SuiteRun run) {
    if (run.config().readOnly()) {
      return Stream.empty();
    }
    return Operations.selected(run)
        .filter(SpecOperation::authOptional)
        .map(
            op ->
                dynamicTest(
                    "auth "
                        + op.operationId()
                        + " without a token (optional) → "
                        + Operations.success(op),
                    () -> {
                      Call call = run.fixtures().positiveCall(op.operationId());
                      ApiResult answer = run.session().send(call, Auth.none());
                      Expect.status(answer, Operations.success(op), "the token is optional here");
                    }));
  }

  private static Call unknownCall(CallFactory calls, SpecOperation op) {
    return calls.build(op.operationId(), new UnknownReferences(), Overrides.none());
  }

  private static void refused(SuiteRun run, Call call, Auth auth) {
    ApiResult answer = run.session().send(call, auth);
    Expect.error(answer, 401, "no valid token", ErrorCode.UNAUTHORIZED, ErrorCode.TOKEN_EXPIRED);
  }
}
