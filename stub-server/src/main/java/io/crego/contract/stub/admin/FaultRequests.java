package io.crego.contract.stub.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.FieldError;
import io.crego.contract.stub.core.DeclaredResponses;
import io.crego.contract.stub.core.Fault;
import io.crego.contract.stub.core.FaultSchedule;
import io.crego.contract.stub.core.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes faults as the admin API speaks them: {@code {operationId, delay_ms?, status?,
 * times?}}. A status must be one the operation declares, so an injected answer stays inside the
 * contract.
 */
public final class FaultRequests {

  static final long MAX_DELAY_MS = 120_000;
  static final int MAX_TIMES = 1_000_000;

  private final CregoSpec spec;
  private final DeclaredResponses declared;

  public FaultRequests(CregoSpec spec, DeclaredResponses declared) {
    this.spec = spec;
    this.declared = declared;
  }

  Fault parse(JsonNode body) {
    List<FieldError> errors = new ArrayList<>();
    String operationId = body.path("operationId").asText("");
    Optional<SpecOperation> operation = spec.operation(operationId);
    if (!body.path("operationId").isTextual()) {
      errors.add(FieldError.body("/operationId", "is required: the operationId to fault"));
    } else if (operation.isEmpty()) {
      errors.add(FieldError.body("/operationId", "names no operation of the spec: " + operationId));
    }
    long delay = 0;
    if (body.has("delay_ms")) {
      JsonNode value = body.get("delay_ms");
      if (!value.canConvertToLong()
          || !value.isIntegralNumber()
          || value.asLong() < 0
          || value.asLong() > MAX_DELAY_MS) {
        errors.add(FieldError.body("/delay_ms", "must be an integer from 0 to " + MAX_DELAY_MS));
      } else {
        delay = value.asLong();
      }
    }
    Integer status = null;
    if (body.hasNonNull("status")) {
      JsonNode value = body.get("status");
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        errors.add(FieldError.body("/status", "must be an HTTP status code"));
      } else if (operation.isPresent()
          && !operation.get().responseCodes().contains(value.asInt())) {
        errors.add(
            FieldError.body(
                "/status",
                value.asInt()
                    + " is not declared by "
                    + operationId
                    + "; declared: "
                    + declared.declaredStatuses(operation.get())));
      } else {
        status = value.asInt();
      }
    }
    int times = 1;
    if (body.has("times")) {
      JsonNode value = body.get("times");
      if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > MAX_TIMES) {
        errors.add(FieldError.body("/times", "must be an integer from 1 to " + MAX_TIMES));
      } else {
        times = value.asInt();
      }
    }
    if (errors.isEmpty() && delay == 0 && status == null) {
      errors.add(FieldError.body("", "needs delay_ms or status (or both)"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.validation(errors);
    }
    if (status != null) {
      declared.respond(operation.get(), status); // fails now, not on the faulted call
    }
    return new Fault(operationId, delay, status, times);
  }

  ObjectNode describe(Fault fault) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("operationId", fault.operationId());
    node.put("delay_ms", fault.delayMillis());
    if (fault.status() != null) {
      node.put("status", fault.status());
    } else {
      node.putNull("status");
    }
    node.put("times", fault.remaining());
    return node;
  }

  ObjectNode list(FaultSchedule faults) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("faults");
    faults.pending().forEach(f -> list.add(describe(f)));
    return body;
  }
}
