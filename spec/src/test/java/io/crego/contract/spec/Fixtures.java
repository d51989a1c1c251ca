package io.crego.contract.spec;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small hand-written specs under {@code src/test/resources/fixtures/}. */
final class Fixtures {

  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("No fixture " + name, e);
    }
  }

  /** Parsed once per test class that asks; loading is cheap for the mini spec. */
  static CregoSpec mini() {
    return CregoSpec.load(path("mini-openapi.yaml"));
  }
}
