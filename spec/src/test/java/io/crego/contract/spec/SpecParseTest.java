package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Rule 1: the real spec parses cleanly, as written and as the jars carry it. */
class SpecParseTest {

  @Test
  void swaggerParserReportsNothingOnTheYaml() {
    assertParsesCleanly(CregoSpec.load(Path.of("openapi.yaml")));
  }

  @Test
  void swaggerParserReportsNothingOnTheClasspathSpec() {
    assertParsesCleanly(CregoSpec.get());
  }

  private static void assertParsesCleanly(CregoSpec spec) {
    assertTrue(
        spec.parseMessages().isEmpty(),
        () -> "swagger-parser messages:\n  " + String.join("\n  ", spec.parseMessages()));
    assertNotNull(spec.openApi(), "swagger-parser produced no model");
  }
}
