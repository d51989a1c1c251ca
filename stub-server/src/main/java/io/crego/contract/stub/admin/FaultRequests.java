package io.crego.contract.stub.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.model.ErrorDetail;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.api.NetworkFault;
import io.crego.contract.stub.auth.StubUser;
import io.crego.contract.stub.auth.UserDirectory;
import io.crego.contract.stub.core.DeclaredResponses;
import io.crego.contract.stub.core.Fault;
import io.crego.contract.stub.core.FaultSchedule;
import io.crego.contract.stub.core.FaultScope;
import io.crego.contract.stub.core.Json;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads and writes faults as the admin API speaks them:
 *
 * <pre>{@code
 * {operationId?, company? | user?, status? | network?, delay_ms?, times?, rate?, seed?}
 * }</pre>
 *
 * Without {@code operationId} a fault applies to every operation. A status must be one the
 * operation (each operation, for a fault on all) declares, so an injected answer stays inside the
 * contract. Every mistake is named at once, by a pointer into the body.
 */
public final class FaultRequests {

  static final long MAX_DELAY_MS = 120_000;
  static final int MAX_TIMES = 1_000_000;

  private static final Set<String> FIELDS =
      Set.of(
          "operationId",
          "company",
          "user",
          "status",
          "network",
          "delay_ms",
          "times",
          "rate",
          "seed");

  private final CregoSpec spec;
  private final DeclaredResponses declared;
  private final UserDirectory users;
  private final SecureRandom seeds = new SecureRandom();

  public FaultRequests(CregoSpec spec, DeclaredResponses declared, UserDirectory users) {
    this.spec = spec;
    this.declared = declared;
    this.users = users;
  }

  /** What one fault definition asks for, field by field, collecting every mistake. */
  private final class Reading {
    private final JsonNode body;
    private final List<ErrorDetail> errors = new ArrayList<>();

    Reading(JsonNode body) {
      this.body = body;
    }

    void unknownFields() {
      body.fieldNames()
          .forEachRemaining(
              name -> {
                if (!FIELDS.contains(name)) {
                  errors.add(
                      ErrorDetails.of(
                          "body",
                          "/" + name,
                          "is not a fault field; fields: " + FIELDS.stream().sorted().toList(),
                          "additionalProperties"));
                }
              });
    }

    /** The operations the fault applies to: the one named, or all; empty when misnamed. */
    List<SpecOperation> operations() {
      if (!body.has("operationId") || body.get("operationId").isNull()) {
        return spec.operations();
      }
      JsonNode value = body.get("operationId");
      if (!value.isTextual()) {
        errors.add(rule("/operationId", "must be a string: the operationId to fault", "type"));
        return List.of();
      }
      Optional<SpecOperation> operation = spec.operation(value.asText());
      if (operation.isEmpty()) {
        errors.add(
            ErrorDetails.body("/operationId", "names no operation of the spec: " + value.asText()));
        return List.of();
      }
      return List.of(operation.get());
    }

    /** Everyone's calls, or one company's, or one user's; each field checked, then the pair. */
    FaultScope scope() {
      Optional<FaultScope> company = body.hasNonNull("company") ? company() : Optional.empty();
      Optional<FaultScope> user = body.hasNonNull("user") ? user() : Optional.empty();
      if (body.hasNonNull("company") && body.hasNonNull("user")) {
        errors.add(ErrorDetails.body("/user", "give company or user, not both"));
        return FaultScope.EVERYONE;
      }
      return company.or(() -> user).orElse(FaultScope.EVERYONE);
    }

    private Optional<FaultScope> company() {
      JsonNode value = body.get("company");
      if (!value.isTextual() || !isUuid(value.asText())) {
        errors.add(rule("/company", "must be a company id (a UUID)", "format"));
        return Optional.empty();
      }
      return Optional.of(FaultScope.company(value.asText()));
    }

    private Optional<FaultScope> user() {
      JsonNode value = body.get("user");
      Optional<StubUser> known =
          value.isTextual() ? users.byName(value.asText()) : Optional.empty();
      if (known.isEmpty()) {
        errors.add(
            ErrorDetails.body(
                "/user",
                "names no user of this stub; users: "
                    + users.all().stream().map(StubUser::username).toList()));
        return Optional.empty();
      }
      return Optional.of(FaultScope.user(value.asText(), known.get().tenant()));
    }

    Integer status(List<SpecOperation> operations) {
      if (!body.hasNonNull("status")) {
        return null;
      }
      JsonNode value = body.get("status");
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        errors.add(rule("/status", "must be an HTTP status code", "type"));
        return null;
      }
      int status = value.asInt();
      for (SpecOperation operation : operations) {
        if (!operation.responseCodes().contains(status)) {
          errors.add(
              ErrorDetails.body(
                  "/status",
                  status
                      + " is not declared by "
                      + operation.operationId()
                      + "; declared: "
                      + declared.declaredStatuses(operation)));
          return null;
        }
      }
      return status;
    }

    NetworkFault network() {
      if (!body.hasNonNull("network")) {
        return null;
      }
      String name = body.get("network").asText("");
      try {
        if (body.get("network").isTextual()) {
          return NetworkFault.valueOf(name);
        }
      } catch (IllegalArgumentException e) {
        // named below
      }
      errors.add(
          rule("/network", "must be one of " + Arrays.toString(NetworkFault.values()), "enum"));
      return null;
    }

    long delay() {
      if (!body.has("delay_ms")) {
        return 0;
      }
      JsonNode value = body.get("delay_ms");
      if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > MAX_DELAY_MS) {
        errors.add(
            rule("/delay_ms", "must be an integer from 0 to " + MAX_DELAY_MS, rangeRule(value)));
        return 0;
      }
      return value.asLong();
    }

    /** How many calls: 1 by default, or until cleared when a rate makes it intermittent. */
    int times(boolean intermittent) {
      if (!body.has("times")) {
        return intermittent ? MAX_TIMES : 1;
      }
      JsonNode value = body.get("times");
      if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > MAX_TIMES) {
        errors.add(rule("/times", "must be an integer from 1 to " + MAX_TIMES, rangeRule(value)));
        return 1;
      }
      return value.asInt();
    }

    double rate() {
      if (!body.has("rate")) {
        return 1;
      }
      JsonNode value = body.get("rate");
      if (!value.isNumber() || value.asDouble() <= 0 || value.asDouble() > 1) {
        errors.add(
            rule(
                "/rate",
                "must be a probability above 0 and at most 1 (0.25: a quarter of the calls)",
                value.isNumber()
                    ? (value.asDouble() <= 0 ? "exclusiveMinimum" : "maximum")
                    : "type"));
        return 1;
      }
      return value.asDouble();
    }

    long seed() {
      if (!body.has("seed")) {
        return seeds.nextLong();
      }
      JsonNode value = body.get("seed");
      if (!value.isIntegralNumber() || !value.canConvertToLong()) {
        errors.add(rule("/seed", "must be an integer", "type"));
        return 0;
      }
      return value.asLong();
    }
  }

  Fault parse(JsonNode body) {
    Reading reading = new Reading(body);
    reading.unknownFields();
    List<SpecOperation> operations = reading.operations();
    FaultScope scope = reading.scope();
    Integer status = reading.status(operations);
    NetworkFault network = reading.network();
    long delay = reading.delay();
    double rate = reading.rate();
    int times = reading.times(body.has("rate"));
    long seed = reading.seed();
    List<ErrorDetail> errors = reading.errors;
    if (status != null && network != null) {
      errors.add(
          ErrorDetails.body("/network", "a network fault sends no status: give status or network"));
    }
    if (errors.isEmpty() && delay == 0 && status == null && network == null) {
      errors.add(ErrorDetails.of("body", "", "needs status, network or delay_ms", "required"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.validation(errors);
    }
    if (status != null) {
      operations.forEach(op -> declared.respond(op, status)); // fails now, not on the faulted call
    }
    String operationId = body.hasNonNull("operationId") ? body.get("operationId").asText() : null;
    return new Fault(operationId, scope, delay, status, network, times, rate, seed);
  }

  /** The scope a {@code DELETE /faults?company=…} or {@code ?user=…} clears, if it names one. */
  Optional<FaultScope> scopeToClear(ApiRequest request) {
    ObjectNode query = Json.MAPPER.createObjectNode();
    request.queryParam("company").ifPresent(c -> query.put("company", c));
    request.queryParam("user").ifPresent(u -> query.put("user", u));
    if (query.isEmpty()) {
      return Optional.empty();
    }
    Reading reading = new Reading(query);
    FaultScope scope = reading.scope();
    if (!reading.errors.isEmpty()) {
      throw ApiException.validation(
          reading.errors.stream()
              .map(e -> ErrorDetails.of("query", e.getField(), e.getMessage(), e.getRule()))
              .toList());
    }
    return Optional.of(scope);
  }

  ObjectNode describe(Fault fault) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("operationId", fault.operationId());
    FaultScope scope = fault.scope();
    if (scope.username() != null) {
      node.put("user", scope.username());
    }
    node.put("company", scope.companyId());
    if (fault.status() != null) {
      node.put("status", fault.status());
    } else {
      node.putNull("status");
    }
    node.put("network", fault.network() == null ? null : fault.network().name());
    node.put("delay_ms", fault.delayMillis());
    node.put("times", fault.times());
    node.put("rate", fault.rate());
    node.put("seed", fault.seed());
    return node;
  }

  ObjectNode list(FaultSchedule faults) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("faults");
    faults.pending().forEach(f -> list.add(describe(f)));
    return body;
  }

  private static ErrorDetail rule(String pointer, String message, String rule) {
    return ErrorDetails.of("body", pointer, message, rule);
  }

  private static String rangeRule(JsonNode value) {
    return value.isIntegralNumber() ? (value.asLong() < 1 ? "minimum" : "maximum") : "type";
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
