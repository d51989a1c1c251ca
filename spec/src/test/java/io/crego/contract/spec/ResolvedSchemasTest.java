package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The spec with its references followed once, at load. */
class ResolvedSchemasTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ResolvedSchemas of(String json) throws Exception {
    return new ResolvedSchemas(JSON.readTree(json));
  }

  @Test
  void aChainOfReferencesIsFollowedToItsEnd() throws Exception {
    ResolvedSchemas schemas =
        of(
            "{\"components\": {\"schemas\": {"
                + "\"A\": {\"$ref\": \"#/components/schemas/B\"},"
                + "\"B\": {\"$ref\": \"#/components/schemas/C\"},"
                + "\"C\": {\"type\": \"string\"}}}}");
    assertEquals("#/components/schemas/C", schemas.follow("#/components/schemas/A"));
    assertEquals("string", schemas.at("#/components/schemas/A").path("type").asText());
    JsonNode a = schemas.raw().at("/components/schemas/A");
    assertSame(schemas.raw().at("/components/schemas/C"), schemas.resolve(a));
    assertEquals(Optional.of("B"), schemas.componentName("#/components/schemas/A"));
    assertEquals(Optional.empty(), schemas.componentName("#/components/schemas/C"));
  }

  @Test
  void aLoopOfReferencesIsRefusedAtLoad() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                of(
                    "{\"components\": {\"schemas\": {"
                        + "\"A\": {\"$ref\": \"#/components/schemas/B\"},"
                        + "\"B\": {\"$ref\": \"#/components/schemas/A\"}}}}"));
    assertTrue(e.getMessage().contains("$ref cycle"), e.getMessage());
  }

  @Test
  void aSchemaThatContainsItselfIsNoLoop() throws Exception {
    ResolvedSchemas schemas =
        of(
            "{\"components\": {\"schemas\": {\"Node\": {\"type\": \"object\", \"properties\":"
                + " {\"child\": {\"$ref\": \"#/components/schemas/Node\"}}}}}}");
    assertEquals(
        // each step follows the reference back to Node; the last names the property itself
        "#/components/schemas/Node/properties/child",
        schemas.locate("#/components/schemas/Node", "/child/child/child"));
  }

  @Test
  void namesAreEscapedByJsonPointer() {
    assertEquals("#/paths/~1v1~1x~0y~1", ResolvedSchemas.child("#/paths", "/v1/x~y/"));
    assertEquals("#/components/schemas/Record", ResolvedSchemas.component("Record"));
  }

  @Test
  void theSpecsPagesAreLocatedDownToTheFieldOfAnItem() {
    ResolvedSchemas schemas = CregoSpec.get().schemas();
    String page = CregoSpec.get().operation("listRecords").orElseThrow().responseSchema(200).get();
    assertEquals(
        "#/components/schemas/Record/properties/utr", schemas.locate(page, "/results/3/utr"));
  }

  @Test
  void allOfPartsAreMergedIntoOneView() {
    ResolvedSchemas schemas = CregoSpec.get().schemas();
    String page = CregoSpec.get().operation("listRecords").orElseThrow().responseSchema(200).get();
    JsonNode merged = schemas.mergedAt(page);
    assertTrue(merged.path("properties").has("count"), merged::toString);
    assertTrue(merged.path("properties").has("results"), merged::toString);
  }
}
