package io.crego.contract.conformance.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.ResolvedSchemas;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Transition;
import java.util.Map;

/**
 * The body changes that make an operation's request example the request of one lifecycle row, all
 * read from the spec: the values its {@code when} names ({@code {body: {status: bounced}}}), the
 * fields its {@code requires} says must be sent ({@code {body_fields: [failed_remark]}}), and the
 * fields the request schema marks {@code x-crego-with} another value: dropped when the row's body
 * has another ({@code utr} goes with {@code status: success}), added when it has theirs. A field
 * the example lacks is filled with its schema's {@code example}.
 */
final class RowBodies {

  private final CregoSpec spec;
  private final CallFactory calls;

  RowBodies(CregoSpec spec, CallFactory calls) {
    this.spec = spec;
    this.calls = calls;
  }

  /** The changes to the operation's request example that make it this row's request. */
  Overrides of(Transition row) {
    Overrides overrides = Overrides.none();
    row.when().body().forEach((field, value) -> overrides.set("/" + field, new TextNode(value)));
    if (row.operationId() == null) {
      return overrides;
    }
    SpecOperation op = calls.operation(row.operationId());
    if (op.requestBodySchema() == null) {
      return overrides;
    }
    ResolvedSchemas schemas = spec.schemas();
    JsonNode schema = schemas.mergedAt(op.requestBodySchema());
    JsonNode example = calls.example(op).orElse(MissingNode.getInstance());
    for (String field : row.requires().bodyFields()) {
      if (!example.has(field)) {
        overrides.set("/" + field, exampleOf(op, schema, field));
      }
    }
    schema
        .path("properties")
        .fieldNames()
        .forEachRemaining(
            field -> {
              Map<String, String> with = schemas.goesWith(schemas.property(schema, field));
              if (with.isEmpty()) {
                return;
              }
              if (!goesWith(with, row, example)) {
                overrides.remove("/" + field);
              } else if (!example.has(field)) {
                overrides.set("/" + field, exampleOf(op, schema, field));
              }
            });
    return overrides;
  }

  /** Whether the row's body has the values a field goes with (its own, else the example's). */
  private static boolean goesWith(Map<String, String> with, Transition row, JsonNode example) {
    return with.entrySet().stream()
        .allMatch(
            value ->
                value
                    .getValue()
                    .equals(
                        row.when()
                            .bodyValue(value.getKey())
                            .orElse(example.path(value.getKey()).asText(null))));
  }

  private JsonNode exampleOf(SpecOperation op, JsonNode schema, String field) {
    JsonNode example = spec.schemas().property(schema, field).get("example");
    if (example == null) {
      throw new IllegalStateException(
          "a row of "
              + op.operationId()
              + " needs the body field "
              + field
              + ", which neither the request example nor its schema's example gives");
    }
    return example.deepCopy();
  }
}
