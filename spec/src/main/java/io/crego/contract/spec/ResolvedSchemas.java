package io.crego.contract.spec;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spec document with its local {@code $ref}s followed once, when the spec is loaded: every
 * place that walks schemas (the spec reader, the stub, the suite) asks this view where a reference
 * leads instead of following it by hand. A chain of references that comes back to itself is refused
 * at load; a schema that contains itself through its properties is no such chain and is fine.
 *
 * <p>Pointers are fragments of the document, {@code #/components/schemas/Record}; tokens are
 * escaped by Jackson's {@link JsonPointer}.
 */
public final class ResolvedSchemas {

  private static final String COMPONENT_SCHEMAS = "#/components/schemas/";
  private static final List<String> COMPOSITIONS = List.of("allOf", "oneOf", "anyOf");

  /** The extension that ties a request-body property to values of other fields. */
  public static final String GOES_WITH = "x-crego-with";

  private final JsonNode raw;

  /**
   * The nodes found by pointer: the spec never changes once loaded, and every validated request
   * looks its schemas up by the same few pointers (compiling one each time was a tenth of what a
   * request validation allocated). Only pointers to nodes the spec has are kept, so the map stays
   * as small as the spec.
   */
  private final Map<String, JsonNode> nodesByPointer = new ConcurrentHashMap<>();

  /** The final pointer of each node that is a {@code $ref}, by the node's own pointer. */
  private final Map<String, String> targetByPointer = new HashMap<>();

  /** The same, by node identity, for callers that hold a node of the document. */
  private final Map<JsonNode, JsonNode> targetByNode = new IdentityHashMap<>();

  /**
   * @throws IllegalArgumentException when a chain of {@code $ref}s loops
   */
  ResolvedSchemas(JsonNode raw) {
    this.raw = raw;
    Map<String, JsonNode> references = new HashMap<>();
    collectReferences(raw, JsonPointer.empty(), references);
    references.forEach(
        (pointer, node) -> {
          String target = finalTarget(pointer);
          targetByPointer.put(pointer, target);
          targetByNode.put(node, node(target));
        });
  }

  /** The spec document as written. */
  public JsonNode raw() {
    return raw;
  }

  /** The pointer to a child of the node at {@code pointer}, its name escaped. */
  public static String child(String pointer, String name) {
    return "#" + JsonPointer.compile(pointer.substring(1)).appendProperty(name);
  }

  /** The pointer to a component schema, e.g. {@code #/components/schemas/Record}. */
  public static String component(String name) {
    return child("#/components/schemas", name);
  }

  /** Where the reference chain starting at {@code pointer} ends: itself when it is no reference. */
  public String follow(String pointer) {
    return targetByPointer.getOrDefault(pointer, pointer);
  }

  /** The node at {@code pointer}, its references followed; missing when there is none. */
  public JsonNode at(String pointer) {
    if (pointer == null || !pointer.startsWith("#")) {
      return MissingNode.getInstance();
    }
    return node(follow(pointer));
  }

  /** A node of the document with its references followed; any other node as it is. */
  public JsonNode resolve(JsonNode node) {
    return targetByNode.getOrDefault(node, node);
  }

  /**
   * The component schema that the node at {@code pointer} names by its own {@code $ref}, e.g.
   * {@code RecordCreate}; empty when it is no reference to a component schema.
   */
  public Optional<String> componentName(String pointer) {
    return componentName(node(pointer));
  }

  /** The component schema that this node of the document names by its {@code $ref}, if any. */
  public Optional<String> componentName(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    return ref.startsWith(COMPONENT_SCHEMAS)
        ? Optional.of(JsonPointer.compile(ref.substring(1)).last().getMatchingProperty())
        : Optional.empty();
  }

  /** A property's schema, looking through {@code $ref} and {@code allOf}; missing if none. */
  public JsonNode property(JsonNode schema, String name) {
    JsonNode resolved = resolve(schema);
    if (resolved.path("properties").has(name)) {
      return resolved.path("properties").get(name);
    }
    for (JsonNode part : resolved.path("allOf")) {
      JsonNode found = property(part, name);
      if (!found.isMissingNode()) {
        return found;
      }
    }
    return resolved.path("properties").path(name);
  }

  /**
   * The values of other body fields a request-body property goes with, as its {@code x-crego-with}
   * maps them ({@code {status: bounced}}: sent only with {@code status} {@code bounced}, ignored
   * with any other); empty when it goes with any body.
   *
   * @throws IllegalArgumentException when the extension is not a map of field names to values
   */
  public Map<String, String> goesWith(JsonNode property) {
    JsonNode with = resolve(property).get(GOES_WITH);
    if (with == null) {
      return Map.of();
    }
    Map<String, String> values = new LinkedHashMap<>();
    with.fields()
        .forEachRemaining(
            field -> {
              if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                throw new IllegalArgumentException(
                    GOES_WITH + " must map field names to values, not " + with);
              }
              values.put(field.getKey(), field.getValue().asText());
            });
    if (!with.isObject() || values.isEmpty()) {
      throw new IllegalArgumentException(
          GOES_WITH + " must map field names to values, not " + with);
    }
    return Collections.unmodifiableMap(values);
  }

  /** The enum of a schema, looking through {@code $ref} and composition; empty if none. */
  public List<String> enumValues(JsonNode schema) {
    JsonNode resolved = resolve(schema);
    List<String> values = new ArrayList<>();
    if (resolved.has("enum")) {
      for (JsonNode value : resolved.get("enum")) {
        if (!value.isNull()) { // a nullable enum may list null; it is no state
          values.add(value.asText());
        }
      }
      return values;
    }
    for (String composition : COMPOSITIONS) {
      for (JsonNode part : resolved.path(composition)) {
        values.addAll(enumValues(part));
      }
    }
    return values;
  }

  /**
   * A schema with its references followed and its {@code allOf} parts merged: its properties, the
   * required names, and the first of each of type, enum, items, oneOf, minimum and maximum.
   */
  public JsonNode merged(JsonNode schema) {
    JsonNode current = resolve(schema);
    if (!current.has("allOf")) {
      return current;
    }
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    ObjectNode properties = merged.putObject("properties");
    ArrayNode required = merged.putArray("required");
    mergeInto(current, merged, properties, required);
    for (JsonNode part : current.get("allOf")) {
      mergeInto(merged(part), merged, properties, required);
    }
    return merged;
  }

  /** The schema at {@code pointer}, {@link #merged merged}. */
  public JsonNode mergedAt(String pointer) {
    return merged(at(pointer));
  }

  private static void mergeInto(
      JsonNode part, ObjectNode merged, ObjectNode properties, ArrayNode required) {
    part.path("properties")
        .fields()
        .forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
    part.path("required").forEach(required::add);
    for (String keyword : List.of("type", "enum", "items", "oneOf", "minimum", "maximum")) {
      if (part.has(keyword) && !merged.has(keyword)) {
        merged.set(keyword, part.get(keyword));
      }
    }
  }

  /** Whether the schema at {@code pointer} is an {@code allOf} with the named component. */
  public boolean composes(String pointer, String componentName) {
    String component = component(componentName);
    for (JsonNode part : at(pointer).path("allOf")) {
      if (component.equals(part.path("$ref").asText())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The location of the schema that governs {@code instancePointer} inside an instance of the
   * schema at {@code schemaPointer}, as deep as the schema can be followed: for a page of records
   * and {@code /results/3/utr}, {@code #/components/schemas/Record/properties/utr}.
   */
  public String locate(String schemaPointer, String instancePointer) {
    String current = schemaPointer;
    JsonPointer rest =
        instancePointer == null ? JsonPointer.empty() : JsonPointer.compile(instancePointer);
    for (; !rest.matches(); rest = rest.tail()) {
      String next = step(follow(current), rest.getMatchingProperty());
      if (next == null) {
        return follow(current);
      }
      current = next;
    }
    return current;
  }

  private String step(String schema, String token) {
    JsonNode node = node(schema);
    if (node.path("properties").has(token)) {
      return child(schema + "/properties", token);
    }
    if (token.matches("\\d+") && node.has("items")) {
      return schema + "/items";
    }
    for (String composition : COMPOSITIONS) {
      JsonNode parts = node.path(composition);
      for (int i = 0; i < parts.size(); i++) {
        String found = step(follow(schema + "/" + composition + "/" + i), token);
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

  private String finalTarget(String start) {
    Set<String> seen = new LinkedHashSet<>();
    String current = start;
    while (true) {
      String ref = node(current).path("$ref").asText("");
      if (!ref.startsWith("#/")) {
        return current;
      }
      if (!seen.add(current)) {
        throw new IllegalArgumentException("$ref cycle in the spec: " + String.join(" → ", seen));
      }
      current = ref;
    }
  }

  private static void collectReferences(
      JsonNode node, JsonPointer at, Map<String, JsonNode> references) {
    if (node.isObject()) {
      if (node.path("$ref").asText("").startsWith("#/")) {
        references.put("#" + at, node);
      }
      node.fields()
          .forEachRemaining(
              field ->
                  collectReferences(
                      field.getValue(), at.appendProperty(field.getKey()), references));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectReferences(node.get(i), at.appendIndex(i), references);
      }
    }
  }

  private JsonNode node(String pointer) {
    JsonNode node = nodesByPointer.get(pointer);
    if (node == null) {
      node = raw.at(pointer.substring(1));
      if (!node.isMissingNode()) { // a pointer to nothing is not kept: it may come from anywhere
        nodesByPointer.put(pointer, node);
      }
    }
    return node;
  }
}
