package io.crego.contract.stub.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ErrorDetails;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a handler gets for one call: the request as the spec's checks left it. Parameters are
 * read typed as the spec says ({@code query("page", Integer.class)}, {@code query("status",
 * RecordStatus.class)}), from the values the contract engine typed; the body is bound into a model
 * at most once per type. Asking for a parameter the operation does not declare, or as a type its
 * schema does not hold, is a defect of the handler and fails loudly.
 *
 * <p>One context serves one call on one thread.
 */
public final class OperationContext {

  private final SpecOperation operation;
  private final ApiRequest request;
  private final ValidRequest valid;
  private final Tenant tenant;
  private final double now;
  private final Map<Class<?>, Object> boundBodies = new HashMap<>(2);

  /**
   * @param operation the spec operation matched
   * @param request the raw request
   * @param valid what the request validator made of it
   * @param tenant the caller's company and user (for an open operation without a token: the default
   *     company)
   * @param now the current time as epoch seconds (wall clock; the business date is the clock's
   *     concern)
   */
  public OperationContext(
      SpecOperation operation, ApiRequest request, ValidRequest valid, Tenant tenant, double now) {
    this.operation = operation;
    this.request = request;
    this.valid = valid;
    this.tenant = tenant;
    this.now = now;
    if (valid.bodyModel() != null) {
      boundBodies.put(valid.bodyModel().getClass(), valid.bodyModel());
    }
  }

  public SpecOperation operation() {
    return operation;
  }

  public ApiRequest request() {
    return request;
  }

  public Tenant tenant() {
    return tenant;
  }

  public double now() {
    return now;
  }

  public String companyId() {
    return tenant.companyId();
  }

  /** A path parameter's text (already valid against the spec). */
  public String pathParam(String name) {
    String value = valid.pathParams().get(name);
    if (value == null) {
      throw new IllegalStateException(operation.operationId() + " has no path parameter " + name);
    }
    return value;
  }

  /** A path parameter typed as the spec says, e.g. {@code pathParam("id", UUID.class)}. */
  public <T> T pathParam(String name, Class<T> type) {
    JsonNode value =
        valid
            .parameters()
            .pathValue(name)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        operation.operationId() + " has no path parameter " + name));
    return as(value, type, name);
  }

  /** The first value of a query parameter, typed as the spec says; empty when it was not sent. */
  public <T> Optional<T> query(String name, Class<T> type) {
    List<T> values = queryValues(name, type);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of a repeated query parameter, in the order sent, typed as the spec says. */
  public <T> List<T> queryValues(String name, Class<T> type) {
    if (!declaresQuery(name)) {
      throw new IllegalStateException(
          operation.operationId() + " declares no query parameter " + name);
    }
    List<JsonNode> values = valid.parameters().queryValues(name);
    if (values.isEmpty()) {
      return List.of();
    }
    return values.stream().map(v -> as(v, type, name)).toList();
  }

  /**
   * A loop over the declared parameters rather than {@code operation.parameters("query")}, which
   * copies the list: a listing reads six or seven filters a call, nearly all of them not sent.
   */
  private boolean declaresQuery(String name) {
    for (SpecOperation.Parameter parameter : operation.parameters()) {
      if (parameter.name().equals(name) && parameter.in().equals("query")) {
        return true;
      }
    }
    return false;
  }

  /** The parsed JSON body (already valid against the spec), or a missing node when none. */
  public JsonNode body() {
    return valid.body();
  }

  /**
   * The body bound into a generated model, once: the validator has bound it into its schema's model
   * already, and any other type is bound on first use and kept. A value the spec allows but the
   * model cannot hold is a 400 pointing at the field, not a 500.
   */
  public <T> T body(Class<T> type) {
    Object bound = boundBodies.get(type);
    if (bound == null) {
      bound = bind(valid.body(), type);
      boundBodies.put(type, bound);
    }
    return type.cast(bound);
  }

  private static <T> T bind(JsonNode node, Class<T> type) {
    try {
      return Json.MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      String pointer = e instanceof JsonMappingException mapping ? Json.pointer(mapping) : "";
      throw ApiException.invalid(
          ErrorDetails.body(pointer, "is out of the range this field takes"));
    }
  }

  private <T> T as(JsonNode value, Class<T> type, String name) {
    try {
      return Json.MAPPER.treeToValue(value, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException(
          operation.operationId()
              + "'s parameter "
              + name
              + " is "
              + value
              + " by the spec; it cannot be read as "
              + type.getSimpleName(),
          e);
    }
  }
}
