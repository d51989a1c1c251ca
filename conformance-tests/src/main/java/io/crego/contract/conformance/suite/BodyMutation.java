package io.crego.contract.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.crego.contract.conformance.data.Overrides;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.ResolvedSchemas;
import io.crego.contract.spec.SpecOperation;
import java.util.ArrayList;
import java.util.List;

/**
 * One way to break a valid request body, derived from the request schema: a required field left
 * out, a value of the wrong type, an enum value the spec does not list. Every mutation is checked
 * against the spec's own validator first: only bodies the spec really rejects are sent.
 *
 * @param label what was broken, for the test name
 * @param pointer the field broken
 * @param change the change to the valid body
 */
record BodyMutation(String label, String pointer, Overrides change) {

  static final String UNKNOWN_ENUM_VALUE = "not-a-valid-value";

  /** Every mutation of the body that the spec rejects. */
  static List<BodyMutation> of(CregoSpec spec, SpecOperation op, JsonNode validBody) {
    List<BodyMutation> mutations = new ArrayList<>();
    ResolvedSchemas schemas = spec.schemas();
    walk(schemas, schemas.mergedAt(op.requestBodySchema()), validBody, "", mutations);
    return mutations.stream().filter(m -> rejected(spec, op, validBody, m)).toList();
  }

  private static void walk(
      ResolvedSchemas schemas,
      JsonNode schema,
      JsonNode instance,
      String at,
      List<BodyMutation> out) {
    if (instance.isArray() && schema.has("items") && !instance.isEmpty()) {
      walk(schemas, schemas.merged(schema.get("items")), instance.get(0), at + "/0", out);
      return;
    }
    if (!instance.isObject()) {
      return;
    }
    for (JsonNode name : schema.path("required")) {
      if (instance.has(name.asText())) {
        String pointer = at + "/" + name.asText();
        out.add(new BodyMutation(pointer + " missing", pointer, Overrides.none().remove(pointer)));
      }
    }
    instance
        .fields()
        .forEachRemaining(
            field -> {
              JsonNode declared = schema.path("properties").path(field.getKey());
              if (declared.isMissingNode()) {
                return;
              }
              JsonNode property = schemas.merged(declared);
              String pointer = at + "/" + field.getKey();
              JsonNode wrong = wrongType(property);
              if (wrong != null) {
                out.add(
                    new BodyMutation(
                        pointer
                            + " as "
                            + wrong.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
                        pointer,
                        Overrides.none().set(pointer, wrong)));
              }
              if (property.has("enum") && field.getValue().isTextual()) {
                out.add(
                    new BodyMutation(
                        pointer + " = " + UNKNOWN_ENUM_VALUE,
                        pointer,
                        Overrides.none().set(pointer, new TextNode(UNKNOWN_ENUM_VALUE))));
              }
              walk(schemas, property, field.getValue(), pointer, out);
            });
  }

  private static JsonNode wrongType(JsonNode schema) {
    String type = schema.path("type").asText("");
    return switch (type) {
      case "string" -> IntNode.valueOf(12345);
      case "number", "integer" -> new TextNode("not-a-number");
      case "boolean" -> new TextNode("not-a-boolean");
      case "array" -> new TextNode("not-an-array");
      case "object" -> new TextNode("not-an-object");
      default -> schema.has("oneOf") || schema.has("anyOf") ? BooleanNode.TRUE : null;
    };
  }

  private static boolean rejected(
      CregoSpec spec, SpecOperation op, JsonNode validBody, BodyMutation m) {
    JsonNode broken = validBody.deepCopy();
    m.change().applyTo(broken);
    return !spec.validator().validate(op.requestBodySchema(), broken).isEmpty();
  }
}
