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

/** Whether a response is one the operation declares: its status, and its body by that schema. */
final class ResponseContract {

  private final CregoSpec spec;

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
    return breaches;
  }
}
