package io.crego.contract.conformance.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the schema in the spec that governs a place in an instance: for a page of records and
 * {@code /results/3/utr}, {@code #/components/schemas/Record/properties/utr}. The drift report
 * groups violations by this location, so the same field broken in ten answers is one line.
 */
final class SchemaLocator {

  private static final int MAX_REF_HOPS = 32;
  private final JsonNode raw;

  SchemaLocator(JsonNode raw) {
    this.raw = raw;
  }

  /**
   * The location of the schema for {@code instancePointer} inside an instance of the schema at
   * {@code schemaPointer}; as deep as the schema can be followed.
   */
  String locate(String schemaPointer, String instancePointer) {
    String current = schemaPointer;
    for (String token : tokens(instancePointer)) {
      String next = step(deref(current), token);
      if (next == null) {
        return deref(current);
      }
      current = next;
    }
    return current;
  }

  private String step(String schema, String token) {
    JsonNode node = node(schema);
    if (node.path("properties").has(token)) {
      return schema + "/properties/" + escape(token);
    }
    if (token.matches("\\d+") && node.has("items")) {
      return schema + "/items";
    }
    for (String composition : List.of("allOf", "oneOf", "anyOf")) {
      JsonNode parts = node.path(composition);
      for (int i = 0; i < parts.size(); i++) {
        String part = deref(schema + "/" + composition + "/" + i);
        String found = step(part, token);
        if (found != null) {
          return found;
        }
      }
    }
    if (node.path("additionalProperties").isObject()) {
      return schema + "/additionalProperties";
    }
    return null;
  }

  private String deref(String pointer) {
    String current = pointer;
    for (int hops = 0; hops < MAX_REF_HOPS; hops++) {
      String ref = node(current).path("$ref").asText("");
      if (!ref.startsWith("#/")) {
        return current;
      }
      current = ref;
    }
    return current;
  }

  private JsonNode node(String pointer) {
    return raw.at(pointer.substring(1));
  }

  private static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer == null || pointer.isEmpty()) {
      return tokens;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
