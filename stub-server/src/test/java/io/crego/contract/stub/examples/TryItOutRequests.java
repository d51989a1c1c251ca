package io.crego.contract.stub.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Builds every operation's request the way Swagger UI's "Try it out" pre-fills it from the spec:
 * each parameter from its {@code example}, else the first of its {@code examples}, else its
 * schema's {@code example} or {@code default}; the request body from the media type's {@code
 * example}, else the first of its {@code examples} (a {@code value}, or an {@code externalValue}
 * file next to the spec). What the explorer would leave for the developer to find (a path
 * parameter, a required query parameter or a required body without an example) is a defect.
 */
final class TryItOutRequests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CregoSpec spec;
  private final List<TryItOutRequest> requests = new ArrayList<>();
  private final List<String> defects = new ArrayList<>();

  private TryItOutRequests(CregoSpec spec) {
    this.spec = spec;
    for (SpecOperation operation : spec.operations()) {
      build(operation).ifPresent(requests::add);
    }
  }

  /** The requests of every operation of the spec, in spec order. */
  static TryItOutRequests of(CregoSpec spec) {
    return new TryItOutRequests(spec);
  }

  List<TryItOutRequest> requests() {
    return List.copyOf(requests);
  }

  /** What the explorer cannot pre-fill, one line per missing example. */
  List<String> defects() {
    return List.copyOf(defects);
  }

  private Optional<TryItOutRequest> build(SpecOperation operation) {
    JsonNode node = resolve(spec.raw().at(operation.pointer().substring(1)));
    String path = operation.pathTemplate();
    List<String> query = new ArrayList<>();
    boolean complete = true;
    for (JsonNode parameter : parameters(operation, node)) {
      String name = parameter.path("name").asText();
      String in = parameter.path("in").asText();
      Optional<JsonNode> example = parameterExample(parameter);
      boolean required = in.equals("path") || parameter.path("required").asBoolean(false);
      if (example.isEmpty()) {
        if (required) {
          defects.add(
              operation.operationId() + ": " + in + " parameter '" + name + "' has no example");
          complete = false;
        }
        continue;
      }
      String value =
          example.get().isValueNode() ? example.get().asText() : example.get().toString();
      if (in.equals("path")) {
        path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
      } else if (in.equals("query")) {
        query.add(
            URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    String body = null;
    JsonNode requestBody = resolve(node.path("requestBody"));
    if (!requestBody.isMissingNode()) {
      Optional<JsonNode> example =
          bodyExample(requestBody.path("content").path("application/json"));
      if (example.isPresent()) {
        body = example.get().toString();
      } else if (requestBody.path("required").asBoolean(false)) {
        defects.add(operation.operationId() + ": the request body has no example");
        complete = false;
      }
    }
    if (!complete) {
      return Optional.empty();
    }
    String target = query.isEmpty() ? path : path + "?" + String.join("&", query);
    return Optional.of(
        new TryItOutRequest(
            operation.operationId(),
            operation.method(),
            target,
            body,
            operation.authRequired() || operation.authOptional(),
            successStatus(operation)));
  }

  /** Path-level parameters first, each replaced by an operation-level one of the same name. */
  private List<JsonNode> parameters(SpecOperation operation, JsonNode node) {
    JsonNode pathItem = spec.raw().path("paths").path(operation.pathTemplate());
    List<JsonNode> merged = new ArrayList<>();
    for (JsonNode parameter : pathItem.path("parameters")) {
      merged.add(resolve(parameter));
    }
    for (JsonNode parameter : node.path("parameters")) {
      JsonNode resolved = resolve(parameter);
      merged.removeIf(
          p ->
              p.path("name").equals(resolved.path("name"))
                  && p.path("in").equals(resolved.path("in")));
      merged.add(resolved);
    }
    return merged;
  }

  private Optional<JsonNode> parameterExample(JsonNode parameter) {
    if (parameter.has("example")) {
      return Optional.of(parameter.get("example"));
    }
    Optional<JsonNode> first = firstExample(parameter.path("examples"));
    if (first.isPresent()) {
      return first;
    }
    JsonNode schema = resolve(parameter.path("schema"));
    if (schema.has("example")) {
      return Optional.of(schema.get("example"));
    }
    return Optional.ofNullable(schema.get("default"));
  }

  private Optional<JsonNode> bodyExample(JsonNode media) {
    if (media.has("example")) {
      return Optional.of(media.get("example"));
    }
    return firstExample(media.path("examples"));
  }

  private Optional<JsonNode> firstExample(JsonNode examples) {
    Iterator<JsonNode> named = examples.elements();
    if (!named.hasNext()) {
      return Optional.empty();
    }
    JsonNode example = resolve(named.next());
    if (example.has("value")) {
      return Optional.of(example.get("value"));
    }
    if (example.has("externalValue")) {
      return Optional.of(externalValue(example.get("externalValue").asText()));
    }
    return Optional.empty();
  }

  /** A file the spec names relative to itself, from the spec module's classpath copy. */
  private static JsonNode externalValue(String relative) {
    String location = "crego/" + relative.replaceFirst("^\\./", "");
    try (InputStream in = TryItOutRequests.class.getClassLoader().getResourceAsStream(location)) {
      if (in == null) {
        throw new IllegalStateException("the spec names " + relative + ", not on the classpath");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int successStatus(SpecOperation operation) {
    return operation.responseCodes().stream()
        .filter(code -> code >= 200 && code < 300)
        .min(Integer::compare)
        .orElseThrow(() -> new IllegalStateException(operation.operationId() + " has no 2xx"));
  }

  private JsonNode resolve(JsonNode node) {
    return spec.schemas().resolve(node);
  }
}
