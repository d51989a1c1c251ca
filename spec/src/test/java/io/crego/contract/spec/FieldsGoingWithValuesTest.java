package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Request-body properties marked {@code x-crego-with} are read as the values they go with. */
class FieldsGoingWithValuesTest {

  private static final CregoSpec SPEC = CregoSpec.get();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode property(String schema, String name) {
    ResolvedSchemas schemas = SPEC.schemas();
    return schemas.property(schemas.at(ResolvedSchemas.component(schema)), name);
  }

  @Test
  void aNachAnswerCarriesTheFieldsOfItsResult() {
    ResolvedSchemas schemas = SPEC.schemas();
    assertEquals(
        Map.of("status", "success"), schemas.goesWith(property("NachStatusRequest", "utr")));
    assertEquals(
        Map.of("status", "success"), schemas.goesWith(property("NachStatusRequest", "settled_at")));
    assertEquals(
        Map.of("status", "bounced"),
        schemas.goesWith(property("NachStatusRequest", "bounce_reason")));
    assertEquals(Map.of(), schemas.goesWith(property("NachStatusRequest", "status")));
  }

  /** Each mark names another property of the same schema, with a value its enum allows. */
  @TestFactory
  Stream<DynamicTest> everyMarkNamesASiblingAndAValueItAllows() {
    ResolvedSchemas schemas = SPEC.schemas();
    List<DynamicTest> tests = new ArrayList<>();
    schemas
        .raw()
        .path("components")
        .path("schemas")
        .fields()
        .forEachRemaining(
            schema ->
                schema
                    .getValue()
                    .path("properties")
                    .fields()
                    .forEachRemaining(
                        property -> {
                          Map<String, String> with = schemas.goesWith(property.getValue());
                          if (with.isEmpty()) {
                            return;
                          }
                          String name = schema.getKey() + "." + property.getKey();
                          tests.add(
                              dynamicTest(
                                  name,
                                  () ->
                                      with.forEach(
                                          (field, value) -> {
                                            assertFalse(
                                                field.equals(property.getKey()),
                                                name + " goes with itself");
                                            JsonNode sibling =
                                                schemas.property(schema.getValue(), field);
                                            assertFalse(
                                                sibling.isMissingNode(),
                                                name + ": no sibling field " + field);
                                            List<String> allowed = schemas.enumValues(sibling);
                                            assertTrue(
                                                allowed.contains(value),
                                                name
                                                    + ": "
                                                    + field
                                                    + "="
                                                    + value
                                                    + " not in "
                                                    + allowed);
                                          })));
                        }));
    assertFalse(tests.isEmpty(), "the spec marks no field x-crego-with");
    return tests.stream();
  }

  @Test
  void aMalformedMarkIsRefusedNamingTheExtension() throws Exception {
    for (String bad :
        List.of(
            "{x-crego-with: bounced}",
            "{x-crego-with: {}}",
            "{x-crego-with: {status: [a, b]}}",
            "{x-crego-with: {status: null}}")) {
      JsonNode property = YAML.readTree(bad);
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> SPEC.schemas().goesWith(property),
              bad + " was accepted");
      assertTrue(refused.getMessage().startsWith("x-crego-with must map"), refused.getMessage());
    }
  }
}
