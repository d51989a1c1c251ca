package io.crego.contract.stub.testing;

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
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP answer of the stub ({@link StubHttp}), with the checks tests make on it; {@code version}
 * is the protocol it came in.
 */
public record Reply(
    int status,
    String contentType,
    String body,
    Map<String, List<String>> headers,
    HttpClient.Version version) {

  private static final InteractionValidator CONTRACT = new InteractionValidator(CregoSpec.get());

  static Reply of(HttpResponse<String> response) {
    return new Reply(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        response.body(),
        response.headers().map(),
        response.version());
  }

  /** A JSON answer a test holds without having sent a call, to check it like any other. */
  public static Reply ofJson(int status, JsonNode body) {
    return new Reply(status, "application/json", body.toString(), Map.of(), null);
  }

  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(name))
        .flatMap(entry -> entry.getValue().stream())
        .findFirst();
  }

  public JsonNode json() {
    return Json.read(body, JsonNode.class);
  }

  /** Asserts an Error body with this status and code. */
  public Reply isError(int expectedStatus, String expectedCode) {
    assertEquals(expectedStatus, status, () -> "status; body: " + body);
    assertEquals("application/json", contentType, "content type");
    assertEquals(expectedCode, json().path("code").asText(), () -> "code; body: " + body);
    List<Violation> violations =
        CregoSpec.get().validator().validate("#/components/schemas/Error", json());
    assertTrue(violations.isEmpty(), () -> "not an Error body: " + violations + " in " + body);
    return this;
  }

  /** Asserts that the body names an offending field: {@code in} and its JSON pointer. */
  public Reply hasFieldError(String in, String field) {
    for (JsonNode error : json().path("errors")) {
      if (error.path("in").asText().equals(in) && error.path("field").asText().equals(field)) {
        return this;
      }
    }
    throw new AssertionError("no error for " + in + " " + field + " in " + body);
  }

  /** Asserts the reply is one the operation declares, with a body valid by that status's schema. */
  public Reply isDeclaredBy(SpecOperation operation) {
    return isDeclaredBy(operation, null, operation.operationId());
  }

  /**
   * The same, also by the rules that compare an answer with its request (the id or page asked for);
   * {@code sent} names the request in the failure message.
   */
  public Reply isDeclaredBy(SpecOperation operation, InteractionRequest request, String sent) {
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

  /** The status and body, as failure messages show the answer. */
  @Override
  public String toString() {
    return status + " " + body;
  }
}
