package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.testing.RawHttp;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What WireMock contributes and what must survive it: health, spec, logging, its own admin. */
class HttpEdgeTest {

  @Test
  void theSpecIsServedAsWritten() throws Exception {
    try (RunningStub stub = RunningStub.start()) {
      Reply reply = stub.call("GET", "/openapi.yaml").send();
      assertEquals(200, reply.status());
      assertTrue(reply.contentType().startsWith("application/yaml"), reply.contentType());
      try (var in = getClass().getClassLoader().getResourceAsStream(CregoSpec.CLASSPATH_LOCATION)) {
        assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), reply.body());
      }
    }
  }

  /** Java's default client asks every plain-text call to upgrade to HTTP/2 (h2c): it stays 1.1. */
  @Test
  void plainTextCallsStayOnHttp11() throws Exception {
    try (RunningStub stub = RunningStub.start()) {
      Reply answer =
          StubHttp.offeringHttp2(stub.server.baseUrl()).call("GET", "/__admin/health").send();
      assertEquals(200, answer.status());
      assertEquals(HttpClient.Version.HTTP_1_1, answer.version());
    }
  }

  @Test
  void eachCallLogsOneLine() {
    try (RunningStub stub = RunningStub.start()) {
      stub.call("GET", "/auth/ping/").devToken().send();
      stub.call("GET", "/v1/lms/nothing/").send();
      stub.call("GET", "/openapi.yaml").send();
      stub.call("GET", "/docs").send();
      String log = stub.log();
      assertTrue(log.matches("(?s).*GET /auth/ping/ 200 \\d+ms ping\\R.*"), log);
      assertTrue(log.matches("(?s).*GET /v1/lms/nothing/ 404 \\d+ms -\\R.*"), log);
      // the spec and the explorer are answered at the edge, and logged there
      assertTrue(log.matches("(?s).*GET /openapi.yaml 200 \\d+ms -\\R.*"), log);
      assertTrue(log.matches("(?s).*GET /docs 302 \\d+ms -\\R.*"), log);
    }
  }

  @Test
  void quietStubsLogNoCalls() {
    try (RunningStub stub = RunningStub.start(RunningStub.testConfig().withAccessLog(false))) {
      stub.call("GET", "/auth/ping/").devToken().send();
      assertEquals("", stub.log());
    }
  }

  @Test
  void wireMocksOwnResetKeepsTheStubAnswering() {
    try (RunningStub stub = RunningStub.start()) {
      assertEquals(200, stub.call("POST", "/__admin/reset").send().status());
      assertEquals(200, stub.call("GET", "/auth/ping/").devToken().send().status());
      assertEquals(200, stub.call("POST", "/__admin/mappings/reset").send().status());
      assertEquals(200, stub.call("GET", "/auth/ping/").devToken().send().status());
    }
  }

  @Test
  void anAnswerOfTheDevelopersOwnMappingLogsOneLine() {
    try (RunningStub stub = RunningStub.start()) {
      String mapping =
          "{\"name\": \"hello\", \"request\": {\"method\": \"GET\", \"urlPath\":"
              + " \"/v1/lms/hello/\"}, \"response\": {\"status\": 418}}";
      assertEquals(201, stub.call("POST", "/__admin/mappings").json(mapping).send().status());
      assertEquals(418, stub.call("GET", "/v1/lms/hello/?x=1").send().status());
      stub.call("GET", "/auth/ping/").devToken().send();
      String log = stub.log();
      assertTrue(log.matches("(?s).*GET /v1/lms/hello/ 418 \\d+ms mapping:hello\\R.*"), log);
      // the catch-all's answers are logged once, by the dispatcher
      assertEquals(1, log.split("GET /auth/ping/ ", -1).length - 1, log);
    }
  }

  @Test
  void theRequestJournalIsOnByDefault() {
    try (RunningStub stub = RunningStub.start()) {
      stub.call("GET", "/auth/ping/").devToken().send();
      Reply requests = stub.call("GET", "/__admin/requests").send();
      assertEquals(200, requests.status(), requests.body());
      assertTrue(requests.body().contains("/auth/ping/"), requests.body());
      assertEquals(200, stub.call("GET", "/__admin/requests/unmatched").send().status());
      Reply count =
          stub.call("POST", "/__admin/requests/count")
              .json("{\"method\": \"GET\", \"url\": \"/auth/ping/\"}")
              .send();
      assertEquals(1, count.json().path("count").asInt(), count.body());
    }
  }

  @Test
  void theRequestJournalKeepsOnlyTheLatestRequests() {
    try (RunningStub stub = RunningStub.start(RunningStub.testConfig().withJournalSize(2))) {
      for (int i = 0; i < 5; i++) {
        stub.call("GET", "/auth/ping/?n=" + i).devToken().send();
      }
      Reply requests = stub.call("GET", "/__admin/requests").send();
      assertEquals(2, requests.json().path("requests").size(), requests.body());
      assertTrue(requests.body().contains("n=4"), requests.body());
    }
  }

  @Test
  void theBoundedJournalCountsRightAfterRemovalsAndAReset() {
    try (RunningStub stub = RunningStub.start(RunningStub.testConfig().withJournalSize(3))) {
      for (int i = 0; i < 5; i++) {
        stub.call("GET", "/auth/ping/?n=" + i).devToken().send();
      }
      JsonNode kept = stub.call("GET", "/__admin/requests").send().json().path("requests");
      assertEquals(3, kept.size(), kept::toString);
      // newest first, each with the answer it got
      assertTrue(kept.get(0).path("request").path("url").asText().endsWith("n=4"), kept::toString);
      assertEquals(200, kept.get(0).path("response").path("status").asInt(), kept::toString);

      String newest = kept.get(0).path("id").asText();
      assertEquals(200, stub.call("DELETE", "/__admin/requests/" + newest).send().status());
      JsonNode afterRemoval = stub.call("GET", "/__admin/requests").send().json().path("requests");
      assertEquals(2, afterRemoval.size(), afterRemoval::toString);
      assertTrue(!afterRemoval.toString().contains(newest), afterRemoval::toString);

      // the two left and two new: still only the latest three
      stub.call("GET", "/auth/ping/?n=5").devToken().send();
      stub.call("GET", "/auth/ping/?n=6").devToken().send();
      JsonNode refilled = stub.call("GET", "/__admin/requests").send().json().path("requests");
      assertEquals(3, refilled.size(), refilled::toString);
      assertTrue(refilled.toString().contains("n=6"), refilled::toString);
      assertTrue(!refilled.toString().contains("n=2"), refilled::toString);

      assertEquals(200, stub.call("DELETE", "/__admin/requests").send().status());
      stub.call("GET", "/auth/ping/?n=7").devToken().send();
      JsonNode afterReset = stub.call("GET", "/__admin/requests").send().json().path("requests");
      assertEquals(1, afterReset.size(), afterReset::toString);
      assertTrue(afterReset.toString().contains("n=7"), afterReset::toString);
    }
  }

  @Test
  void aTurnedOffJournalSaysSoInJson() {
    try (RunningStub stub = RunningStub.start(RunningStub.testConfig().withJournalSize(0))) {
      stub.call("GET", "/__admin/requests").send().isError(409, "JOURNAL_DISABLED");
      stub.call("GET", "/__admin/requests/unmatched").send().isError(409, "JOURNAL_DISABLED");
      stub.call("POST", "/__admin/requests/count")
          .json("{\"method\": \"GET\"}")
          .send()
          .isError(409, "JOURNAL_DISABLED");
      assertTrue(!stub.log().contains("Exception"), stub.log());
    }
  }

  @Test
  void deletingTheDevelopersMappingsKeepsTheStubAnswering() {
    try (RunningStub stub = RunningStub.start()) {
      String mapping =
          "{\"request\": {\"method\": \"GET\", \"url\": \"/v1/lms/hello/\"},"
              + " \"response\": {\"status\": 200, \"body\": \"hi\"}}";
      assertEquals(201, stub.call("POST", "/__admin/mappings").json(mapping).send().status());
      assertEquals("hi", stub.call("GET", "/v1/lms/hello/").send().body());

      assertEquals(200, stub.call("DELETE", "/__admin/mappings").send().status());
      assertEquals(200, stub.call("GET", "/auth/ping/").devToken().send().status());
      // the developer's mapping is gone, and the dispatcher answers in the stub's own shape
      stub.call("GET", "/v1/lms/hello/").send().isError(404, "ROUTE_NOT_FOUND");

      // even the catch-all itself, deleted by its id, comes back
      assertEquals(
          200,
          stub.call("DELETE", "/__admin/mappings/c5e90000-0000-4000-8000-000000000001")
              .send()
              .status());
      assertEquals(200, stub.call("GET", "/auth/ping/").devToken().send().status());
    }
  }

  @Test
  void pagesOfAnyOriginCanReadTheStubsOwnHeaders() {
    try (RunningStub stub = RunningStub.start()) {
      Reply reply =
          stub.call("GET", "/auth/ping/")
              .devToken()
              .header("Origin", "http://localhost:3000")
              .send();
      assertEquals(200, reply.status(), reply.body());
      String exposed = reply.header("Access-Control-Expose-Headers").orElse("");
      assertTrue(exposed.contains("X-Crego-Prefer-Ignored"), reply.headers().toString());
    }
  }

  @Test
  void adminRoutesRefusePagesOfOtherOrigins() {
    try (RunningStub stub = RunningStub.start()) {
      stub.call("GET", "/__admin/crego/state")
          .header("Origin", "https://evil.example")
          .send()
          .isError(403, "ORIGIN_NOT_ALLOWED")
          .hasFieldError("header", "/Origin");
      stub.call("POST", "/__admin/crego/reset")
          .header("Origin", "https://evil.example")
          .send()
          .isError(403, "ORIGIN_NOT_ALLOWED");
      stub.call("GET", "/__admin/mappings")
          .header("Origin", "http://localhost:3000")
          .send()
          .isError(403, "ORIGIN_NOT_ALLOWED");
      // the stub's own pages (the explorer) and clients that send no Origin still get in
      String own = stub.server.baseUrl();
      assertEquals(
          200, stub.call("GET", "/__admin/crego/state").header("Origin", own).send().status());
      assertEquals(200, stub.call("GET", "/__admin/crego/state").send().status());
    }
  }

  @Test
  void anAllowedOriginMayCallTheAdminRoutes() {
    try (RunningStub stub =
        RunningStub.start(
            RunningStub.testConfig().withAdminOrigins(List.of("http://localhost:3000")))) {
      assertEquals(
          200,
          stub.call("GET", "/__admin/crego/state")
              .header("Origin", "http://localhost:3000")
              .send()
              .status());
      stub.call("GET", "/__admin/crego/state")
          .header("Origin", "http://localhost:4000")
          .send()
          .isError(403, "ORIGIN_NOT_ALLOWED");
    }
  }

  @Test
  void requestsJettyCannotParseGetAJsonError() throws Exception {
    try (RunningStub stub = RunningStub.start()) {
      for (String path : new String[] {"/v1/lms/records/%00/", "/v1/lms/rec%ZZ/"}) {
        // raw socket: java.net.URI would refuse to send these paths
        RawHttp.Answer answer = RawHttp.get(stub.server.port(), path, Map.of());
        assertFalse(answer.reset(), answer::toString);
        String reply = answer.text();
        assertTrue(reply.startsWith("HTTP/1.1 400"), reply);
        assertTrue(
            reply.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"),
            reply);
        assertTrue(reply.contains("\"code\":\"MALFORMED_REQUEST\""), reply);
        assertTrue(!reply.contains("<h1>"), reply);
      }
    }
  }

  @Test
  void browsersGetCorsHeaders() {
    try (RunningStub stub = RunningStub.start()) {
      Reply preflight =
          stub.call("OPTIONS", "/v1/lms/records/")
              .header("Origin", "http://localhost:3000")
              .header("Access-Control-Request-Method", "POST")
              .header("Access-Control-Request-Headers", "authorization,content-type")
              .send();
      assertEquals(200, preflight.status(), preflight.body());
    }
  }

  @Test
  void stateSurvivesARestartWithADataDir(@TempDir Path dir) {
    String state =
        "{\"companies\": {\"55555555-5555-4555-8555-555555555555\":"
            + " {\"notes\": {\"n\": {\"text\": \"kept\"}}}}}";
    StubConfig config = RunningStub.testConfig().withSeed("none").withDataDir(dir.resolve("data"));
    try (RunningStub first = RunningStub.start(config)) {
      assertEquals(200, first.call("PUT", "/__admin/crego/state").json(state).send().status());
    }
    try (RunningStub second = RunningStub.start(config)) {
      assertTrue(
          second.call("GET", "/__admin/crego/state").send().body().contains("kept"),
          "the imported state is read back after a restart");
    }
    assertTrue(Files.isDirectory(dir.resolve("data")));
  }
}
