package io.crego.contract.stub.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.ResolvedSchemas;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** What the fuzzer reads from the spec's schemas: references followed, {@code allOf} merged. */
final class SchemaFacts {

  private final ResolvedSchemas schemas;

  SchemaFacts(ResolvedSchemas schemas) {
    this.schemas = schemas;
  }

  /** The schema at a pointer such as {@code #/components/schemas/Record}, references followed. */
  JsonNode at(String pointer) {
    return schemas.at(pointer);
  }

  JsonNode resolve(JsonNode schema) {
    return schemas.resolve(schema);
  }

  /** The object's properties, including those of its {@code allOf} parts. */
  Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    JsonNode resolved = resolve(schema);
    resolved.path("allOf").forEach(part -> properties.putAll(properties(part)));
    resolved
        .path("properties")
        .fields()
        .forEachRemaining(field -> properties.put(field.getKey(), resolve(field.getValue())));
    return properties;
  }

  Set<String> required(JsonNode schema) {
    Set<String> required = new LinkedHashSet<>();
    JsonNode resolved = resolve(schema);
    resolved.path("allOf").forEach(part -> required.addAll(required(part)));
    resolved.path("required").forEach(name -> required.add(name.asText()));
    return required;
  }

  /** The declared type, or null where the schema leaves it open ({@code oneOf}, no type). */
  static String type(JsonNode schema) {
    if (schema.has("oneOf") || schema.has("anyOf")) {
      return null;
    }
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      return type.asText();
    }
    return schema.has("properties") || schema.has("allOf") ? "object" : null;
  }

  /** The request body example the spec gives, or null. */
  JsonNode requestExample(String operationPointer) {
    JsonNode media =
        schemas.at(operationPointer + "/requestBody").path("content").path("application/json");
    if (media.has("example")) {
      return media.get("example");
    }
    if (media.path("examples").isObject() && media.path("examples").size() > 0) {
      return resolve(media.path("examples").elements().next()).path("value");
    }
    return null;
  }
}
