package io.crego.contract.stub.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Violation;
import io.crego.contract.stub.api.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a response is one the operation declares: its status, and its body by that schema.
 *
 * <p>A read's body already found valid against a schema is not validated against it again:
 * validation is deterministic, and reads of an unchanged document send the same text each time (a
 * UI polling a record, a page that has not changed). Writes answer with new bodies, so theirs are
 * not remembered. The memory of such bodies is bounded.
 */
final class ResponseContract {

  /** How many valid bodies are remembered before the memory is cleared and starts again. */
  static final int REMEMBERED_BODIES = 1_024;

  /** Bodies longer than this are validated every time rather than remembered. */
  static final int REMEMBERED_BODY_CHARS = 64 * 1024;

  private record Verdict(String schema, String body) {}

  private final CregoSpec spec;
  private final Set<Verdict> valid = ConcurrentHashMap.newKeySet();

  ResponseContract(CregoSpec spec) {
    this.spec = spec;
  }

  /** What is wrong with the response; empty when it is inside the contract. */
  List<String> breaches(SpecOperation operation, ApiResponse response) {
    List<String> breaches = new ArrayList<>();
    int status = response.status();
    if (!operation.responseCodes().contains(status)) {
      breaches.add(
          "status "
              + status
              + " is not declared (declared: "
              + new java.util.TreeSet<>(operation.responseCodes())
              + ")");
      return breaches;
    }
    Optional<String> schema = operation.responseSchema(status);
    if (schema.isEmpty()) {
      if (response.body() != null && !response.body().isEmpty()) {
        breaches.add("status " + status + " declares no body, but one was sent");
      }
      return breaches;
    }
    if (response.body() == null) {
      breaches.add("status " + status + " declares a JSON body, but none was sent");
      return breaches;
    }
    boolean read = operation.method().equals("GET");
    Verdict verdict = new Verdict(schema.get(), response.body());
    if (read && valid.contains(verdict)) {
      return breaches;
    }
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(response.body());
    } catch (JsonProcessingException e) {
      breaches.add("the body is not JSON: " + e.getOriginalMessage());
      return breaches;
    }
    for (Violation violation : spec.validator().validate(schema.get(), body)) {
      breaches.add(violation.toString());
    }
    if (read && breaches.isEmpty() && response.body().length() <= REMEMBERED_BODY_CHARS) {
      remember(verdict);
    }
    return breaches;
  }

  private void remember(Verdict verdict) {
    if (valid.size() >= REMEMBERED_BODIES) {
      valid.clear();
    }
    valid.add(verdict);
  }

  /** How many valid bodies are remembered now; for tests. */
  int remembered() {
    return valid.size();
  }
}
