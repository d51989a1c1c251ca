package io.crego.contract.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.ResolvedSchemas;
import io.crego.contract.spec.SpecOperation;
import java.util.ArrayList;
import java.util.List;

/**
 * An invalid query parameter derived from its schema: below its minimum, above its maximum, not in
 * its enum, not a UUID; or a required parameter left out.
 *
 * @param name the parameter
 * @param label what was broken
 * @param value the invalid value, or null to leave a required parameter out
 * @param valid values for the other required parameters
 */
record QueryMutation(String name, String label, String value, List<String[]> valid) {

  static List<QueryMutation> of(CregoSpec spec, SpecOperation op) {
    ResolvedSchemas schemas = spec.schemas();
    List<String[]> required = new ArrayList<>();
    for (SpecOperation.Parameter p : op.parameters("query")) {
      if (p.required()) {
        required.add(new String[] {p.name(), validValue(schemas.mergedAt(p.schema()))});
      }
    }
    List<QueryMutation> mutations = new ArrayList<>();
    for (SpecOperation.Parameter p : op.parameters("query")) {
      if (p.schema() == null) {
        continue;
      }
      JsonNode schema = schemas.mergedAt(p.schema());
      List<String[]> others = required.stream().filter(r -> !r[0].equals(p.name())).toList();
      if (p.required()) {
        mutations.add(new QueryMutation(p.name(), "without " + p.name(), null, others));
      }
      if (schema.has("minimum")) {
        String below = String.valueOf(schema.get("minimum").asLong() - 1);
        mutations.add(new QueryMutation(p.name(), "?" + p.name() + "=" + below, below, others));
      }
      if (schema.has("maximum")) {
        String above = String.valueOf(schema.get("maximum").asLong() + 1);
        mutations.add(new QueryMutation(p.name(), "?" + p.name() + "=" + above, above, others));
      }
      if (schema.has("enum")) {
        mutations.add(
            new QueryMutation(
                p.name(),
                "?" + p.name() + "=" + BodyMutation.UNKNOWN_ENUM_VALUE,
                BodyMutation.UNKNOWN_ENUM_VALUE,
                others));
      }
      if ("uuid".equals(schema.path("format").asText())) {
        mutations.add(
            new QueryMutation(p.name(), "?" + p.name() + "=not-a-uuid", "not-a-uuid", others));
      }
    }
    return mutations;
  }

  Call apply(Call call) {
    Call result = call;
    for (String[] other : valid) {
      result = result.withQuery(other[0], other[1]);
    }
    return value == null ? result : result.withQuery(name, value);
  }

  private static String validValue(JsonNode schema) {
    return schema.has("enum") ? schema.get("enum").get(0).asText() : "x";
  }
}
