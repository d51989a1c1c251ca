package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.testing.Reply;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the spec, on a stub whose company starts empty ({@code --seed none}), called
 * with the dev token once the data it acts on has been made through the API ({@link
 * ApiMadeRequests}), answers its success status (its lowest declared 2xx) with a body valid by that
 * status's schema; the stub's own response check is enforced too.
 */
class EveryOperationTest {

  private static RunningStub stub;
  private static ApiMadeRequests requests;

  @BeforeAll
  static void start() {
    stub = RunningStub.start(RunningStub.testConfig().withSeed("none"));
    requests = new ApiMadeRequests(stub);
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  @Test
  void theSpecHasAllItsOperations() {
    assertEquals(74, CregoSpec.get().operations().size());
  }

  @Test
  void aRequestIsMadeForEveryOperationAndNoOther() {
    Set<String> inTheSpec =
        CregoSpec.get().operations().stream()
            .map(SpecOperation::operationId)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(inTheSpec, new TreeSet<>(requests.operationIds()));
  }

  @TestFactory
  Stream<DynamicTest> everyOperationAnswersItsSuccessStatus() {
    return CregoSpec.get().operations().stream()
        .map(op -> dynamicTest(op.operationId(), () -> answersItsSuccessStatus(op)));
  }

  private static void answersItsSuccessStatus(SpecOperation op) {
    OperationRequest request =
        requests
            .makeFor(op.operationId())
            .orElseThrow(
                () -> new AssertionError("no request is made for " + op.operationId() + " yet"));
    Reply reply = request.send(stub);

    String exchange = request + " → " + reply.status() + " " + reply.body();
    assertEquals(successStatus(op), reply.status(), () -> "the success status; " + exchange);
    reply.isDeclaredBy(op, request.asInteraction(), request.toString());
    if (isBulkAnswer(reply)) {
      assertEquals(0, reply.json().path("failed").asInt(), () -> "no item failed; " + exchange);
    }
  }

  /** The lowest 2xx status the operation declares: the one a successful call answers. */
  private static int successStatus(SpecOperation op) {
    return op.responseCodes().stream()
        .filter(code -> code >= 200 && code < 300)
        .min(Integer::compare)
        .orElseThrow(() -> new AssertionError(op.operationId() + " declares no 2xx"));
  }

  /** A bulk operation answers 200 even when items fail; their count is in the body. */
  private static boolean isBulkAnswer(Reply reply) {
    if (reply.body() == null || reply.body().isBlank()) {
      return false;
    }
    JsonNode body = reply.json();
    return body.has("failed") && body.has("results");
  }
}
