package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the spec says about where its content comes from agrees with its markers and the notes. */
class ProvenanceStatementsTest {

  private static final CregoSpec SPEC = CregoSpec.get();

  /** "4 are `documented`", "67 are `inferred`": the counts the API description states. */
  private static final Pattern STATED =
      Pattern.compile("(\\d+) are\\s+`(documented|partial|inferred)`");

  @Test
  void theDescriptionsCountsAreTheMarkersCounts() {
    String description = SPEC.raw().at("/info/description").asText();
    Map<Provenance.Status, Integer> stated = new EnumMap<>(Provenance.Status.class);
    Matcher found = STATED.matcher(description);
    while (found.find()) {
      stated.put(status(found.group(2)), Integer.parseInt(found.group(1)));
    }
    Map<Provenance.Status, Integer> marked = new EnumMap<>(Provenance.Status.class);
    for (SpecOperation op : SPEC.operations()) {
      assertTrue(op.provenance() != null, op.operationId() + " has no x-crego-provenance");
      marked.merge(op.provenance().status(), 1, Integer::sum);
    }
    assertEquals(marked, stated, "info.description's provenance counts");
    Matcher total = Pattern.compile("Of the (\\d+) operations").matcher(description);
    assertTrue(total.find(), "info.description states the number of operations");
    assertEquals(SPEC.operations().size(), Integer.parseInt(total.group(1)));
  }

  private static Provenance.Status status(String name) {
    for (Provenance.Status status : Provenance.Status.values()) {
      if (status.specName().equals(name)) {
        return status;
      }
    }
    throw new AssertionError("no provenance status " + name);
  }

  /**
   * A documented operation says which of its parts are designed ({@code x-crego-designed}): every
   * entry gives a reason, names parameters the operation has or a node the spec holds, and each
   * documented operation counts its error responses as designed (no page documents one).
   */
  @Test
  void documentedOperationsMarkWhatIsDesigned() {
    for (SpecOperation op : SPEC.operations()) {
      if (op.provenance().status() != Provenance.Status.DOCUMENTED) {
        continue;
      }
      JsonNode designed = SPEC.raw().at(op.pointer().substring(1) + "/x-crego-designed");
      assertTrue(designed.isArray() && !designed.isEmpty(), op.operationId() + " marks nothing");
      boolean errors = false;
      for (JsonNode entry : designed) {
        assertFalse(entry.path("why").asText("").isBlank(), op.operationId() + ": " + entry);
        for (JsonNode name : entry.path("parameters")) {
          assertTrue(
              op.parameters().stream().anyMatch(p -> p.name().equals(name.asText())),
              op.operationId() + " has no parameter " + name);
        }
        String pointer = entry.path("pointer").asText("");
        if (!pointer.isEmpty()) {
          assertFalse(SPEC.raw().at(pointer.substring(1)).isMissingNode(), "no node " + pointer);
        }
        errors |= entry.path("responses").asText("").equals("non-2xx");
      }
      assertTrue(errors, op.operationId() + " must mark its error responses as designed");
    }
    JsonNode settlements =
        SPEC.raw()
            .at(SPEC.operation("listSettlements").orElseThrow().pointer().substring(1))
            .path("x-crego-designed");
    assertTrue(settlements.toString().contains("\"page_size\""), settlements.toString());
  }

  /**
   * Ping is known from the sidebar of the Auth page (api-10694404, vendor-notes/lms-part2.md §5.1);
   * neither seed lists the Auth group.
   */
  @Test
  void pingNamesTheAuthPagesSidebarNotASeed() {
    SpecOperation ping = SPEC.operation("ping").orElseThrow();
    assertEquals(Provenance.Status.INFERRED, ping.provenance().status());
    assertTrue(ping.provenance().source().contains("api-10694404"), ping.provenance().source());
    assertFalse(
        ping.provenance().source().matches(".*seeds/\\S+ lists the Auth group.*"),
        ping.provenance().source());
  }

  /**
   * The auth paths are the newer platform's (docs.crego.ai, base {@code
   * https://demo.preprod.crego.ai/api}, vendor-notes/lms-part2.md §5.4): the two operations list
   * that server first and say so; the top-level servers say so too.
   */
  @Test
  void theAuthPathsNameTheNewerPlatformsServer() {
    for (String id : List.of("getToken", "refreshToken")) {
      SpecOperation op = SPEC.operation(id).orElseThrow();
      JsonNode raw = SPEC.raw().at(op.pointer().substring(1));
      assertEquals(
          "https://demo.preprod.crego.ai/api", raw.at("/servers/0/url").asText(), id + " servers");
      assertTrue(raw.path("description").asText().contains("demo.preprod.crego.ai"), id);
    }
    assertTrue(SPEC.raw().at("/servers/0/description").asText().contains("/auth/login/"));
  }

  /**
   * The Login page shows an {@code Authorization: Basic} block: Get Token declares it, optional,
   * and it does not count as the bearer token.
   */
  @Test
  void getTokenDeclaresAnOptionalBasicBlock() {
    SpecOperation login = SPEC.operation("getToken").orElseThrow();
    JsonNode security = SPEC.raw().at(login.pointer().substring(1) + "/security");
    assertEquals(2, security.size(), security.toString());
    assertTrue(security.get(0).isEmpty(), "anonymous first: the block is optional");
    assertTrue(security.get(1).has("basicAuth"), security.toString());
    assertEquals("basic", SPEC.raw().at("/components/securitySchemes/basicAuth/scheme").asText());
    assertFalse(login.authRequired(), "no bearer token needed to log in");
    assertFalse(login.authOptional(), "Basic is not a bearer token");
  }
}
