package io.crego.contract.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A schema of the spec with {@code $ref} followed and {@code allOf} parts merged: what the negative
 * tests need to know about a field (its type, enum, required children, properties, items).
 */
final class SchemaView {

  private final JsonNode raw;

  SchemaView(JsonNode raw) {
    this.raw = raw;
  }

  /** The schema at a pointer ({@code #/…}), resolved and merged. */
  JsonNode at(String pointer) {
    return resolve(raw.at(pointer.substring(1)));
  }

  JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; hops < 32 && current.has("$ref"); hops++) {
      current = raw.at(current.get("$ref").asText().substring(1));
    }
    if (!current.has("allOf")) {
      return current;
    }
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    ObjectNode properties = merged.putObject("properties");
    var required = merged.putArray("required");
    merge(current, merged, properties, required);
    for (JsonNode part : current.get("allOf")) {
      merge(resolve(part), merged, properties, required);
    }
    return merged;
  }

  private static void merge(
      JsonNode part,
      ObjectNode merged,
      ObjectNode properties,
      com.fasterxml.jackson.databind.node.ArrayNode required) {
    part.path("properties")
        .fields()
        .forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
    part.path("required").forEach(required::add);
    for (String keyword : new String[] {"type", "enum", "items", "oneOf", "minimum", "maximum"}) {
      if (part.has(keyword) && !merged.has(keyword)) {
        merged.set(keyword, part.get(keyword));
      }
    }
  }
}
