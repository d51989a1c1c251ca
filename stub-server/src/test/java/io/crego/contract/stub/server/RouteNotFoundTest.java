package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.testing.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A request no operation serves is a 404 ROUTE_NOT_FOUND whose hint names the nearest routes. */
class RouteNotFoundTest {

  private static RunningStub stub;

  @BeforeAll
  static void start() {
    stub = RunningStub.start();
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  private static JsonNode details(Reply reply) {
    reply.isError(404, "ROUTE_NOT_FOUND");
    return reply.json().path("details");
  }

  @Test
  void aTypoSuggestsTheClosestPath() {
    JsonNode details = details(stub.call("GET", "/v1/lms/recrods/").devToken().send());
    assertTrue(details.path("hint").asText().contains("GET /v1/lms/records/"), details.toString());
  }

  @Test
  void aWrongMethodNamesTheMethodsThePathHas() {
    JsonNode details = details(stub.call("DELETE", "/v1/lms/records/").devToken().send());
    String hint = details.path("hint").asText();
    assertTrue(hint.contains("GET /v1/lms/records/"), hint);
    assertTrue(hint.contains("POST /v1/lms/records/"), hint);
  }

  @Test
  void aMissingTrailingSlashIsPointedOut() {
    JsonNode details =
        details(stub.call("GET", "/v1/lms/records/" + ValidRequests.SAMPLE_ID).devToken().send());
    assertEquals("GET /v1/lms/records/{id}/", details.path("nearest").get(0).asText());
  }

  @Test
  void somethingFarFromAnyRouteGetsNoGuess() {
    JsonNode details = details(stub.call("GET", "/completely/unrelated/thing/at/all/here").send());
    assertEquals(0, details.path("nearest").size(), details.toString());
    assertTrue(details.path("hint").asText().contains("/openapi.yaml"));
  }

  @Test
  void unknownRoutesNeedNoToken() {
    stub.call("GET", "/v1/lms/nothing/").send().isError(404, "ROUTE_NOT_FOUND");
  }
}
