package io.crego.contract.stub.core;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.contract.ContractReport;
import io.crego.contract.spec.contract.InteractionValidator;
import io.crego.contract.stub.api.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a response is one the operation declares, by the contract engine ({@link
 * InteractionValidator}): its status, and its body by that schema. The engine reads the JSON tree
 * the handler produced ({@link ApiResponse#json()}); only a body produced as text (a stored
 * document sent as it is, an error body) is parsed for the check.
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

  private final InteractionValidator engine;
  private final Set<Verdict> valid = ConcurrentHashMap.newKeySet();

  ResponseContract(CregoSpec spec) {
    this.engine = new InteractionValidator(spec);
  }

  /** What is wrong with the response, one line a breach; empty when it is inside the contract. */
  List<String> breaches(SpecOperation operation, ApiResponse response) {
    int status = response.status();
    Optional<String> schema = operation.responseSchema(status);
    boolean read = operation.method().equals("GET");
    Verdict verdict =
        schema.isPresent() && response.body() != null
            ? new Verdict(schema.get(), response.body())
            : null;
    if (read && verdict != null && valid.contains(verdict)) {
      return List.of();
    }
    ContractReport report = check(operation, response);
    if (read
        && verdict != null
        && report.isValid()
        && verdict.body().length() <= REMEMBERED_BODY_CHARS) {
      remember(verdict);
    }
    return report.lines();
  }

  private ContractReport check(SpecOperation operation, ApiResponse response) {
    Map<String, String> headers = new LinkedHashMap<>(response.headers());
    if (response.contentType() != null) {
      headers.put("Content-Type", response.contentType());
    }
    if (response.json() != null || response.body() == null) {
      return engine.validateResponse(operation, null, response.status(), headers, response.json());
    }
    return engine.validateResponse(
        operation, null, response.status(), response.contentType(), response.body());
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
