package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the spec, called with a valid request and the dev token, answers inside the
 * contract: a status it declares and a body valid by that status's schema. Operations answered from
 * the spec's examples must answer their success status.
 */
class EveryOperationTest {

  private static RunningStub stub;
  private static JsonNode seeded;

  @BeforeAll
  static void start() {
    stub = RunningStub.start();
    String company = stub.server.config().defaultUser().companyId();
    seeded = stub.call("GET", "/__admin/crego/state").send().json().path("companies").path(company);
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  @Test
  void theSpecHasAllItsOperations() {
    assertEquals(74, CregoSpec.get().operations().size());
  }

  @TestFactory
  Stream<DynamicTest> everyOperationAnswersInsideTheContract() {
    return CregoSpec.get().operations().stream()
        .map(op -> dynamicTest(op.operationId(), () -> answersInsideTheContract(op)));
  }

  /**
   * An id of the demo data for a path like {@code /v1/lms/records/{id}/...}, so that operations
   * with domain behaviour find what they act on; a random id where the demo has none.
   */
  private static String pathId(SpecOperation op) {
    String[] segments = op.pathTemplate().split("/");
    if (segments.length > 3) {
      Iterator<String> ids = seeded.path(segments[3]).fieldNames();
      if (ids.hasNext()) {
        return ids.next();
      }
    }
    return ValidRequests.SAMPLE_ID;
  }

  private static void answersInsideTheContract(SpecOperation op) {
    RunningStub.Call call = stub.call(op.method(), ValidRequests.path(op, pathId(op))).devToken();
    String body = ValidRequests.body(op);
    if (body != null) {
      call.json(body);
    }
    Reply reply = call.send();

    reply.isDeclaredBy(op);
  }
}
