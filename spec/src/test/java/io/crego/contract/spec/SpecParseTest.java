package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rule 1: the real spec parses cleanly. */
class SpecParseTest {

  @Test
  void swaggerParserReportsNothing() {
    CregoSpec spec = CregoSpec.get();
    assertTrue(
        spec.parseMessages().isEmpty(),
        () -> "swagger-parser messages:\n  " + String.join("\n  ", spec.parseMessages()));
    assertNotNull(spec.openApi(), "swagger-parser produced no model");
  }
}
