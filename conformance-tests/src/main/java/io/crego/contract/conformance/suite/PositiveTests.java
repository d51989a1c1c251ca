package io.crego.contract.conformance.suite;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.data.Fixtures;
import io.crego.contract.conformance.data.ResourceKind;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Auth;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.conformance.http.Session;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * One positive test per operation: with data the suite made itself through the API, the operation
 * answers its declared success, the answer matches the spec, a GET of an id returns that resource,
 * and a list shows what was just made.
 */
@ConformanceSuite
@Tag("positive")
class PositiveTests {

  @TestFactory
  Stream<DynamicTest> everyOperationAnswersItsSuccess(SuiteRun run) {
    if (run.config().readOnly()) {
      return Stream.empty(); // ReadOnlyTests covers the GETs with discovered ids
    }
    return Operations.selected(run)
        .map(
            op ->
                dynamicTest(
                    "positive " + op.operationId() + " → " + Operations.success(op),
                    () -> check(run, op)));
  }

  private static void check(SuiteRun run, SpecOperation op) {
    switch (op.operationId()) {
      case OperationIds.GET_TOKEN -> login(run, op);
      case OperationIds.REFRESH_TOKEN -> refresh(run, op);
      default -> exercise(run, op);
    }
  }

  private static void login(SuiteRun run, SpecOperation op) {
    Session session = run.session();
    Assumptions.assumeTrue(
        session.credentials().hasLogin(),
        "getToken needs --username/--password; the run was given a token");
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("username", session.credentials().username());
    body.put("password", session.credentials().password());
    ApiResult answer = session.send(Call.to(op).withBody(body), Auth.none());
    Expect.status(answer, 200, "valid credentials");
  }

  private static void refresh(SuiteRun run, SpecOperation op) {
    Session session = run.session();
    Assumptions.assumeTrue(
        session.credentials().hasLogin(),
        "refreshToken needs a refresh token from a login (--username/--password)");
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("refresh", session.loginAnswer().path("refresh").asText());
    ApiResult answer = session.send(Call.to(op).withBody(body), Auth.none());
    Expect.status(answer, 200, "a refresh token from Get Token");
  }

  private static void exercise(SuiteRun run, SpecOperation op) {
    Fixtures fixtures = run.fixtures();
    Call call = fixtures.positiveCall(op.operationId());
    Optional<ListSeed> seed = ListSeed.of(op.operationId());
    String seeded = null;
    if (seed.isPresent()) {
      seeded = fixtures.id(seed.get().kind());
      if (seed.get().filter() != null) {
        call = call.withQuery(seed.get().filter(), fixtures.id(seed.get().filterKind()));
      }
    }
    ApiResult answer = run.session().send(call);
    Expect.status(answer, Operations.success(op), "the operation's success");
    if (!op.method().equals("GET") && call.body() != null) {
      EchoCheck.expectEchoed(run.spec(), call, answer, fixtures.readBackAnswered(answer));
    }
    if (op.method().equals("GET") && call.pathParams().containsKey("id")) {
      answersAbout(answer, op, call.pathParams().get("id"));
    }
    if (seeded != null && seed.get().listed()) {
      Expect.that(
          Expect.ids(answer.json().path("results")).contains(seeded),
          answer.describe()
              + " does not list "
              + seed.get().kind().schema()
              + " "
              + seeded
              + " that the suite just made; results: "
              + Expect.ids(answer.json().path("results")));
    }
  }

  /** A GET of an id returns that resource and no other. */
  private static void answersAbout(ApiResult answer, SpecOperation op, String id) {
    ResourceKind kind = ResourceKind.ofPath(op.pathTemplate()).orElseThrow();
    JsonNode body = answer.json();
    for (String field : Stream.concat(Stream.of("id"), kind.fields().stream()).toList()) {
      JsonNode value = body.path(field);
      if (value.isTextual()) {
        Expect.that(
            value.asText().equals(id),
            answer.describe()
                + " answers about "
                + field
                + " "
                + value.asText()
                + ", not the "
                + kind.schema()
                + " "
                + id
                + " asked for");
        return;
      }
    }
  }
}
