package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The conventions of the vendor's request bodies hold in the designed ones too: a reference is
 * {@code <resource>_id} ({@code _ids} for a list), as in {@code loan_id} and {@code
 * collection_bank_id}; every free string has a bound; {@code page} has a maximum.
 */
class RequestConventionsTest {

  private static final CregoSpec SPEC = CregoSpec.get();

  /** The request body schemas, with the component schemas they name, by pointer. */
  private static List<String> requestSchemas() {
    TreeSet<String> pointers = new TreeSet<>();
    for (SpecOperation op : SPEC.operations()) {
      if (op.requestBodySchema() != null) {
        collect(op.requestBodySchema(), pointers);
      }
    }
    return new ArrayList<>(pointers);
  }

  private static void collect(String pointer, TreeSet<String> seen) {
    String target = SPEC.schemas().follow(pointer);
    if (!target.equals(pointer)) {
      collect(target, seen);
      return;
    }
    JsonNode schema = SPEC.schemas().at(pointer);
    if (!seen.add(pointer)) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      String child = ResolvedSchemas.child(pointer + "/properties", property.getKey());
      JsonNode value = property.getValue();
      if (value.has("$ref") || value.path("type").asText().equals("object")) {
        collect(child, seen);
      }
      if (value.path("items").has("$ref")) {
        collect(child + "/items", seen);
      }
    }
  }

  private static boolean isUuid(JsonNode schema) {
    return schema.path("format").asText().equals("uuid");
  }

  @Test
  void referencesInRequestBodiesAreNamedWithIdOrIds() {
    List<String> misnamed = new ArrayList<>();
    for (String pointer : requestSchemas()) {
      SPEC.raw()
          .at(pointer.substring(1))
          .path("properties")
          .fields()
          .forEachRemaining(
              property -> {
                JsonNode value = property.getValue();
                String name = property.getKey();
                if (isUuid(value) && !name.endsWith("_id")) {
                  misnamed.add(pointer + " " + name);
                }
                if (isUuid(value.path("items")) && !name.endsWith("_ids")) {
                  misnamed.add(pointer + " " + name + "[]");
                }
              });
    }
    assertEquals(List.of(), misnamed, "request references not named *_id / *_ids");
  }

  @Test
  void theStringsTheIssueNamedAreBounded() {
    for (String pointer :
        List.of(
            "#/components/schemas/LoginRequest/properties/username",
            "#/components/schemas/LoginRequest/properties/password",
            "#/components/schemas/RefreshRequest/properties/refresh",
            "#/components/schemas/LoanParamsUpdate/properties/lead_id",
            "#/components/schemas/LoanParamsUpdate/properties/program_id",
            "#/components/schemas/LoanParamsInit/properties/lead_id",
            "#/components/schemas/LoanParamsInit/properties/program_id",
            "#/components/schemas/FlexibleNumber/oneOf/1")) {
      assertTrue(
          SPEC.raw().at(pointer.substring(1)).path("maxLength").isInt(), pointer + " maxLength");
    }
    assertTrue(SPEC.raw().at("/components/parameters/Page/schema/maximum").isInt(), "page max");
  }
}
