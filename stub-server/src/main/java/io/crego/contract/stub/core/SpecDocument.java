package io.crego.contract.stub.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.crego.contract.spec.CregoSpec;

/** Reads the raw spec by JSON pointer, looking through local {@code $ref}s. */
final class SpecDocument {

  private static final int MAX_REF_HOPS = 32;

  private final JsonNode raw;

  SpecDocument(CregoSpec spec) {
    this.raw = spec.raw();
  }

  /** The node at a {@code #/...} pointer, with its {@code $ref} chain followed. */
  JsonNode resolve(String pointer) {
    if (pointer == null || !pointer.startsWith("#")) {
      return MissingNode.getInstance();
    }
    return deref(raw.at(pointer.substring(1)));
  }

  JsonNode deref(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < MAX_REF_HOPS; hops++) {
      String ref = current.path("$ref").asText("");
      if (!ref.startsWith("#/")) {
        return current;
      }
      current = raw.at(ref.substring(1));
    }
    throw new IllegalStateException("$ref chain too long in the spec");
  }

  /** The component schema name a pointer's {@code $ref} names, e.g. {@code RecordCreate}. */
  String componentSchemaName(String pointer) {
    String ref = raw.at(pointer.substring(1)).path("$ref").asText("");
    String prefix = "#/components/schemas/";
    return ref.startsWith(prefix) ? ref.substring(prefix.length()) : null;
  }
}
