package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Violation;
import io.crego.contract.spec.contract.ContractReport;
import io.crego.contract.spec.contract.InteractionRequest;
import io.crego.contract.spec.contract.InteractionValidator;
import io.crego.contract.stub.core.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An HTTP answer of the stub, with the checks tests make on it. */
record Reply(int status, String contentType, String body, Map<String, List<String>> headers) {

  private static final InteractionValidator CONTRACT = new InteractionValidator(CregoSpec.get());

  static Reply of(HttpResponse<String> response) {
    return new Reply(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        response.body(),
        response.headers().map());
  }

  Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(name))
        .flatMap(entry -> entry.getValue().stream())
        .findFirst();
  }

  JsonNode json() {
    return Json.read(body, JsonNode.class);
  }

  /** Asserts an Error body with this status and code. */
  Reply isError(int expectedStatus, String expectedCode) {
    assertEquals(expectedStatus, status, () -> "status; body: " + body);
    assertEquals("application/json", contentType, "content type");
    assertEquals(expectedCode, json().path("code").asText(), () -> "code; body: " + body);
    List<Violation> violations =
        CregoSpec.get().validator().validate("#/components/schemas/Error", json());
    assertTrue(violations.isEmpty(), () -> "not an Error body: " + violations + " in " + body);
    return this;
  }

  /** Asserts that the body names an offending field: {@code in} and its JSON pointer. */
  Reply hasFieldError(String in, String field) {
    for (JsonNode error : json().path("errors")) {
      if (error.path("in").asText().equals(in) && error.path("field").asText().equals(field)) {
        return this;
      }
    }
    throw new AssertionError("no error for " + in + " " + field + " in " + body);
  }

  /** Asserts the reply is one the operation declares, with a body valid by that status's schema. */
  Reply isDeclaredBy(SpecOperation operation) {
    return isDeclaredBy(operation, null, operation.operationId());
  }

  /**
   * The same, also by the rules that compare an answer with its request (the id or page asked for);
   * {@code sent} names the request in the failure message.
   */
  Reply isDeclaredBy(SpecOperation operation, InteractionRequest request, String sent) {
    ContractReport report =
        CONTRACT.validateResponse(operation, request, status, contentType, body);
    assertTrue(
        report.isValid(),
        () ->
            sent
                + " → "
                + status
                + " is outside the contract: "
                + String.join("; ", report.lines())
                + "; body: "
                + body);
    return this;
  }
}
