package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.server.StubServer;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Who can reach what: every operation the spec protects refuses a call without a valid token (which
 * operations are open is read from the spec's {@code security}, not from the stub), the admin
 * routes need the admin token when one is set, and with an admin port they are on that loopback
 * port only.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SecurityTest {

  private static final String ADMIN_TOKEN = "admin-secret-for-tests";

  /** {@code METHOD path} of admin routes, the stub's and WireMock's own, as a client would try. */
  private static final List<String> ADMIN_ROUTES =
      List.of(
          "GET /__admin/crego/state",
          "PUT /__admin/crego/state",
          "POST /__admin/crego/reset",
          "GET /__admin/crego/companies",
          "GET /__admin/crego/faults",
          "POST /__admin/crego/faults",
          "DELETE /__admin/crego/faults",
          "DELETE /__admin/crego/faults?user=admin",
          "GET /__admin/crego/clock",
          "GET /__admin/mappings",
          "POST /__admin/mappings",
          "DELETE /__admin/mappings",
          "POST /__admin/reset",
          "GET /__admin/requests",
          "POST /__admin/shutdown");

  @Test
  void everyOperationTheSpecProtectsRefusesCallsWithoutAValidToken() {
    try (StubServer stub = TestStubs.start(TestStubs.config())) {
      StubHttp http = StubHttp.to(stub.baseUrl());
      List<String> reachable = new ArrayList<>();
      int protectedOperations = 0;
      for (SpecOperation operation : CregoSpec.get().operations()) {
        if (isOpen(operation)) {
          continue;
        }
        protectedOperations++;
        String path = pathOf(operation);
        for (Map<String, String> credentials :
            List.of(
                Map.<String, String>of(),
                Map.of("Authorization", "Bearer not-a-token"),
                Map.of("Authorization", "Basic YWRtaW46YWRtaW4="),
                Map.of("Authorization", "Bearer " + stub.devToken() + "x"))) {
          Reply answer = http.send(operation.method(), path, credentials, body(operation));
          if (answer.status() != 401) {
            reachable.add(operation.operationId() + " with " + credentials + " → " + answer);
          }
        }
      }
      assertTrue(protectedOperations > 60, "operations the spec protects: " + protectedOperations);
      assertEquals(List.of(), reachable, "reachable without a valid token");
    }
  }

  @Test
  void noFaultAnswersAProtectedOperationWithoutAValidToken() {
    try (StubServer stub = TestStubs.start(TestStubs.config())) {
      StubHttp http = StubHttp.to(stub.baseUrl());
      for (String fault :
          List.of(
              "{\"status\": 503, \"times\": 1000000}",
              "{\"network\": \"EMPTY_RESPONSE\", \"times\": 1000000}")) {
        Reply added = http.json("POST", "/__admin/crego/faults", null, fault);
        assertEquals(201, added.status(), added::toString);
        List<String> reachable = new ArrayList<>();
        for (SpecOperation operation : CregoSpec.get().operations()) {
          if (isOpen(operation)) {
            continue;
          }
          Reply answer =
              http.send(
                  operation.method(),
                  pathOf(operation),
                  Map.of("Authorization", "Bearer not-a-token"),
                  body(operation));
          if (answer.status() != 401) {
            reachable.add(operation.operationId() + " → " + answer);
          }
        }
        assertEquals(List.of(), reachable, "faulted without a valid token: " + fault);
        http.send("DELETE", "/__admin/crego/faults", Map.of(), null);
      }
    }
  }

  @Test
  void theAdminTokenGuardsEveryAdminRouteButTheHealthCheck() {
    try (StubServer stub = TestStubs.start(TestStubs.config().withAdminToken(ADMIN_TOKEN))) {
      StubHttp http = StubHttp.to(stub.baseUrl());
      for (String route : ADMIN_ROUTES) {
        String[] parts = route.split(" ");
        for (Map<String, String> credentials :
            List.of(
                Map.<String, String>of(),
                Map.of("Authorization", "Bearer wrong"),
                Map.of("Authorization", "Bearer " + stub.devToken()))) {
          Reply answer = http.send(parts[0], parts[1], credentials, null);
          assertTrue(
              answer.status() == 401 || answer.status() == 403,
              () -> route + " with " + credentials + " → " + answer);
        }
      }
      assertEquals(200, http.get("/__admin/health", null).status());
      Reply withToken = http.get("/__admin/crego/state", ADMIN_TOKEN);
      assertEquals(200, withToken.status(), withToken::toString);
    }
  }

  @Test
  void anAdminPortTakesTheAdminRoutesOffThePublicPort() {
    try (StubServer stub =
        TestStubs.start(TestStubs.config().withAdminToken(ADMIN_TOKEN).withAdminPort(0))) {
      assertNotEquals(stub.baseUrl(), stub.adminBaseUrl());
      assertTrue(stub.adminBaseUrl().startsWith("http://127.0.0.1:"), stub.adminBaseUrl());
      StubHttp publicPort = StubHttp.to(stub.baseUrl());
      StubHttp adminPort = StubHttp.to(stub.adminBaseUrl());

      List<String> routes = new ArrayList<>(ADMIN_ROUTES);
      routes.add("GET /__admin/health");
      for (String route : routes) {
        String[] parts = route.split(" ");
        Reply answer =
            publicPort.send(
                parts[0], parts[1], Map.of("Authorization", "Bearer " + ADMIN_TOKEN), null);
        assertEquals(404, answer.status(), () -> "public port: " + route + " → " + answer);
        assertEquals("ROUTE_NOT_FOUND", answer.json().path("code").asText());
      }
      // the API itself is still on the public port, and only there
      assertEquals(200, publicPort.get("/v1/lms/records/?page_size=1", stub.devToken()).status());
      assertEquals(404, adminPort.get("/v1/lms/records/?page_size=1", stub.devToken()).status());

      assertEquals(200, adminPort.get("/__admin/health", null).status());
      assertEquals(401, adminPort.get("/__admin/crego/state", null).status());
      Reply state = adminPort.get("/__admin/crego/state", ADMIN_TOKEN);
      assertEquals(200, state.status(), state::toString);
      Reply reset =
          adminPort.send(
              "POST",
              "/__admin/crego/reset",
              Map.of("Authorization", "Bearer " + ADMIN_TOKEN),
              null);
      assertTrue(reset.status() / 100 == 2, reset::toString);
      assertEquals(404, adminPort.get("/__admin/crego/nothing-here", ADMIN_TOKEN).status());
    }
  }

  @Test
  void refusalsNameNoClassFileOrStackFrame() {
    try (StubServer stub = TestStubs.start(TestStubs.config())) {
      StubHttp http = StubHttp.to(stub.baseUrl());
      List<Reply> answers =
          List.of(
              http.get("/v1/lms/records/" + UUID.randomUUID() + "/", stub.devToken()),
              http.get("/v1/lms/nothing/", stub.devToken()),
              http.json(
                  "POST", "/v1/lms/records/", stub.devToken(), "{\"account_id\": [[[[\"x\"]]]]"),
              http.json(
                  "POST", "/v1/lms/records/", stub.devToken(), "{\"received_amount\": 1e999}"),
              http.get("/__admin/crego/nothing", null),
              http.json(
                  "POST",
                  "/__admin/crego/faults",
                  null,
                  "{\"operationId\": [1], \"status\": {}, \"network\": \"x\", \"rate\": 1e999}"),
              http.send("DELETE", "/__admin/crego/faults?company=%00", Map.of(), null),
              http.json(
                  "POST", "/auth/tokens/refresh/", null, "{\"refresh\": \"crego_refresh_x\"}"),
              http.json("PUT", "/__admin/crego/state", null, "{\"companies\": 7}"));
      for (Reply answer : answers) {
        assertTrue(answer.status() >= 400 && answer.status() < 500, answer::toString);
        assertNull(LeakCheck.find(answer.body()), answer::toString);
        JsonNode error = answer.json();
        assertTrue(error.hasNonNull("code") && error.hasNonNull("message"), answer::toString);
      }
    }
  }

  /**
   * Open when the operation's {@code security} (else the document's) is empty, or has an empty
   * alternative: {@code security: []} or {@code [{}, {bearerAuth: []}]}.
   */
  private static boolean isOpen(SpecOperation operation) {
    JsonNode raw = CregoSpec.get().raw();
    JsonNode security = raw.at(operation.pointer().substring(1)).get("security");
    if (security == null) {
      security = raw.path("security");
    }
    if (security.isEmpty()) {
      return true;
    }
    for (JsonNode alternative : security) {
      if (alternative.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String pathOf(SpecOperation operation) {
    String path = operation.pathTemplate();
    for (SpecOperation.Parameter parameter : operation.parameters("path")) {
      path = path.replace("{" + parameter.name() + "}", UUID.randomUUID().toString());
    }
    return path;
  }

  private static byte[] body(SpecOperation operation) {
    return operation.requestBodySchema() == null ? null : "{}".getBytes();
  }
}
