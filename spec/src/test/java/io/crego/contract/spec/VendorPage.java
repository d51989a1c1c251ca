package io.crego.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The field table of one readable vendor page, transcribed from the reference notes into {@code
 * src/test/resources/vendor-docs/pages/<operationId>.<request|status>.tsv}: one row per field, its
 * place as a JSON pointer, the type the page gives it and whether the page marks it required. A
 * fourth cell, when present, says why the spec reads the type more loosely than the page.
 */
record VendorPage(String operationId, String body, List<Field> fields) {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A value of every string type the pages use: a UUID also satisfies {@code format: uuid}. */
  private static final String TEXT = "2ac95fc6-0868-4639-85aa-fcfa24daa4dc";

  /**
   * @param pointer where the field sits in the body, e.g. {@code /credit_bank/summary}
   * @param type the page's type: string, number, integer, boolean, null, object, array or
   *     array[string]
   * @param required whether the page marks it required
   * @param looserBecause why the spec reads the type more loosely, or null
   */
  record Field(String pointer, String type, boolean required, String looserBecause) {

    /** A value of the page's type (null for the docs' {@code null}: the field is nullable). */
    JsonNode sample() {
      return switch (type) {
        case "string" -> NODES.textNode(TEXT);
        case "number" -> NODES.numberNode(1718610125.5);
        case "integer" -> NODES.numberNode(1);
        case "boolean" -> NODES.booleanNode(false);
        case "null" -> NODES.nullNode();
        case "object" -> NODES.objectNode();
        case "array" -> NODES.arrayNode();
        case "array[string]" -> NODES.arrayNode().add(TEXT);
        default -> throw new IllegalArgumentException("unknown vendor type " + type);
      };
    }

    /** A value no schema of the page's type takes. */
    JsonNode wrongSample() {
      return switch (type) {
        case "object", "null" -> NODES.arrayNode().add(1);
        case "array", "array[string]" -> NODES.numberNode(7);
        default -> NODES.objectNode().put("not", "a " + type);
      };
    }
  }

  static VendorPage load(String fileName) {
    String resource = "/vendor-docs/pages/" + fileName;
    try (InputStream in = VendorPage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + resource);
      }
      List<Field> fields =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(line -> line.split("\t", -1))
              .map(
                  cells ->
                      new Field(
                          "/" + cells[0],
                          cells[1],
                          cells[2].equals("required"),
                          cells.length > 3 ? cells[3] : null))
              .toList();
      String[] name = fileName.substring(0, fileName.length() - ".tsv".length()).split("\\.");
      return new VendorPage(name[0], name[1], fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A body holding every field of the page, each with a value of the page's type. */
  ObjectNode sampleBody() {
    ObjectNode body = NODES.objectNode();
    for (Field field : fields) {
      put(body, field.pointer(), field.sample(), false);
    }
    return body;
  }

  /** A copy of {@code body} with {@code value} at {@code pointer} (replacing what was there). */
  static ObjectNode with(ObjectNode body, String pointer, JsonNode value) {
    ObjectNode copy = body.deepCopy();
    put(copy, pointer, value, true);
    return copy;
  }

  /** A copy of {@code body} without the field at {@code pointer}. */
  static ObjectNode without(ObjectNode body, String pointer) {
    ObjectNode copy = body.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
    ((ObjectNode) parent).remove(pointer.substring(slash + 1));
    return copy;
  }

  private static void put(ObjectNode body, String pointer, JsonNode value, boolean replace) {
    String[] steps = pointer.substring(1).split("/");
    JsonNode container = body;
    for (int i = 0; i < steps.length - 1; i++) {
      boolean nextIsIndex = steps[i + 1].matches("\\d+");
      container = child(container, steps[i], nextIsIndex);
    }
    String last = steps[steps.length - 1];
    ObjectNode parent = (ObjectNode) container;
    if (replace || !parent.has(last)) {
      parent.set(last, value);
    }
  }

  private static JsonNode child(JsonNode container, String step, boolean array) {
    if (container instanceof ArrayNode list) {
      int index = Integer.parseInt(step);
      while (list.size() <= index) {
        list.addObject();
      }
      return list.get(index);
    }
    ObjectNode object = (ObjectNode) container;
    JsonNode existing = object.get(step);
    if (existing == null || !(existing.isObject() || existing.isArray())) {
      existing = array ? object.putArray(step) : object.putObject(step);
    }
    return existing;
  }
}
