package io.crego.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a lifecycle row's {@code when} or {@code requires} into a {@link Condition}, refusing what
 * the format does not define (a free-text string, an unknown key) with a message naming the row, so
 * a condition no reader can check never passes silently.
 */
final class ConditionReader {

  static final Set<String> KEYS = Set.of("body", "body_fields", "resource", "via", "note");

  private final String where;

  /**
   * @param where names the row in error messages, e.g. {@code Record transition 8 when}
   */
  ConditionReader(String where) {
    this.where = where;
  }

  Condition read(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Condition.NONE;
    }
    if (!node.isObject()) {
      throw invalid(
          "must be a condition object with "
              + KEYS
              + " (prose goes in note), not "
              + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
              + " "
              + node);
    }
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!KEYS.contains(key)) {
                throw invalid("has the unknown key " + key + "; the keys are " + KEYS);
              }
            });
    Condition condition =
        new Condition(
            values(node.get("body"), "body"),
            names(node.get("body_fields"), "body_fields"),
            values(node.get("resource"), "resource"),
            via(node.get("via")),
            scalar(node.get("note"), "note"));
    if (condition.isEmpty()) {
      throw invalid("is empty; leave it out instead");
    }
    return condition;
  }

  private Map<String, String> values(JsonNode node, String key) {
    Map<String, String> values = new LinkedHashMap<>();
    if (node == null) {
      return values;
    }
    if (!node.isObject()) {
      throw invalid(key + " must map field names to values, not " + node);
    }
    node.fields()
        .forEachRemaining(
            field ->
                values.put(field.getKey(), scalar(field.getValue(), key + "." + field.getKey())));
    return values;
  }

  private List<String> names(JsonNode node, String key) {
    List<String> names = new ArrayList<>();
    if (node == null) {
      return names;
    }
    if (!node.isArray()) {
      throw invalid(key + " must be a list of field names, not " + node);
    }
    node.forEach(name -> names.add(scalar(name, key)));
    return names;
  }

  private Condition.Via via(JsonNode node) {
    if (node == null) {
      return null;
    }
    String resource = scalar(node.get("resource"), "via.resource");
    JsonNode to = node.get("to");
    List<String> states = to != null && to.isArray() ? names(to, "via.to") : List.of();
    if (to != null && !to.isArray()) {
      states = List.of(scalar(to, "via.to"));
    }
    if (resource == null || states.isEmpty() || node.size() != 2) {
      throw invalid("via must be {resource: Schema, to: state or [states]}, not " + node);
    }
    return new Condition.Via(resource, states);
  }

  private String scalar(JsonNode node, String key) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isValueNode()) {
      throw invalid(key + " must be a single value, not " + node);
    }
    return node.asText();
  }

  private IllegalArgumentException invalid(String problem) {
    return new IllegalArgumentException("x-crego-lifecycle: " + where + " " + problem);
  }
}
