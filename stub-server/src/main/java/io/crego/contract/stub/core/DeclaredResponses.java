package io.crego.contract.stub.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.ResolvedSchemas;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The responses an operation declares, answered from the spec's own examples: the success answer of
 * operations without domain behaviour, {@code Prefer: code=…} and injected faults.
 */
public final class DeclaredResponses {

  private static final Map<Integer, ErrorCode> GENERIC_CODES =
      Map.of(
          400, ErrorCode.VALIDATION_FAILED,
          401, ErrorCode.UNAUTHORIZED,
          404, ErrorCode.NOT_FOUND,
          409, ErrorCode.CONFLICT,
          413, ErrorCode.PAYLOAD_TOO_LARGE,
          415, ErrorCode.UNSUPPORTED_MEDIA_TYPE);

  private final CregoSpec spec;
  private final ResolvedSchemas document;
  private final Map<String, Optional<ApiResponse>> examples = new ConcurrentHashMap<>();

  public DeclaredResponses(CregoSpec spec) {
    this.spec = spec;
    this.document = spec.schemas();
  }

  /** The first 2xx status the operation declares, in spec order. */
  public Optional<Integer> successStatus(SpecOperation operation) {
    Iterator<String> codes = responses(operation).fieldNames();
    while (codes.hasNext()) {
      String code = codes.next();
      if (code.matches("2\\d\\d")) {
        return Optional.of(Integer.parseInt(code));
      }
    }
    return Optional.empty();
  }

  /** The declared status codes, ascending. */
  public List<Integer> declaredStatuses(SpecOperation operation) {
    return new ArrayList<>(new TreeSet<>(operation.responseCodes()));
  }

  /**
   * The spec's example of the response with this status: its JSON body, or no body when the
   * response declares none. Empty when the status is not declared or its example is missing.
   */
  public Optional<ApiResponse> example(SpecOperation operation, int status) {
    return examples.computeIfAbsent(
        operation.operationId() + " " + status, key -> findExample(operation, status));
  }

  private Optional<ApiResponse> findExample(SpecOperation operation, int status) {
    if (!operation.responseCodes().contains(status)) {
      return Optional.empty();
    }
    JsonNode response = document.resolve(responses(operation).path(String.valueOf(status)));
    Map<String, String> headers = headerExamples(response);
    JsonNode content = response.path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      return Optional.of(new ApiResponse(status, null, headers));
    }
    JsonNode media = content.path("application/json");
    JsonNode example = exampleOf(media);
    if (example.isMissingNode()) {
      return Optional.empty();
    }
    JsonNode body = withDecimals(example);
    return Optional.of(ApiResponse.json(status, body, Json.write(body)).withHeaders(headers));
  }

  /** The response's declared headers that have an example, e.g. a 429's {@code Retry-After}. */
  private Map<String, String> headerExamples(JsonNode response) {
    Map<String, String> headers = new LinkedHashMap<>();
    response
        .path("headers")
        .fields()
        .forEachRemaining(
            header -> {
              JsonNode declaredHeader = document.resolve(header.getValue());
              JsonNode example = declaredHeader.path("example");
              if (example.isMissingNode()) {
                example = declaredHeader.path("schema").path("example");
              }
              if (!example.isMissingNode() && !example.isNull()) {
                headers.put(header.getKey(), example.asText());
              }
            });
    return headers;
  }

  /**
   * A contract-valid answer with this declared status: the spec's example, or else an {@code Error}
   * body when the status's schema is the Error shape.
   *
   * @throws IllegalArgumentException when the status is not declared, or it has neither
   */
  public ApiResponse respond(SpecOperation operation, int status) {
    Optional<ApiResponse> example = example(operation, status);
    if (example.isPresent()) {
      return example.get();
    }
    if (operation.responseCodes().contains(status)
        && operation
            .responseSchema(status)
            .map(p -> document.componentName(p).filter("Error"::equals).isPresent())
            .orElse(false)) {
      return ErrorResponses.of(
          status,
          GENERIC_CODES.getOrDefault(status, ErrorCode.INJECTED_ERROR),
          "A " + status + " answer asked for by the caller or an injected fault.");
    }
    throw new IllegalArgumentException(
        operation.operationId() + " has no example for status " + status);
  }

  /**
   * YAML reads {@code 1718610125.9511886} as a double, which JSON would print as {@code
   * 1.7186101259511886E9}; written as a decimal it reads as the spec wrote it.
   */
  private static JsonNode withDecimals(JsonNode node) {
    if (node.isDouble() || node.isFloat()) {
      return DecimalNode.valueOf(BigDecimal.valueOf(node.doubleValue()));
    }
    if (node.isObject()) {
      ObjectNode copy = Json.MAPPER.createObjectNode();
      node.fields().forEachRemaining(f -> copy.set(f.getKey(), withDecimals(f.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = Json.MAPPER.createArrayNode();
      node.forEach(item -> copy.add(withDecimals(item)));
      return copy;
    }
    return node;
  }

  private JsonNode responses(SpecOperation operation) {
    return spec.raw().at(operation.pointer().substring(1)).path("responses");
  }

  private JsonNode exampleOf(JsonNode media) {
    if (media.has("example")) {
      return media.get("example");
    }
    Iterator<JsonNode> examples = media.path("examples").elements();
    if (examples.hasNext()) {
      return document.resolve(examples.next()).path("value");
    }
    return media.path("example");
  }
}
