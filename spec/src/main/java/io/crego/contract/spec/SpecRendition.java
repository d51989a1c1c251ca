package io.crego.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the spec as JSON beside the YAML on the classpath, at build time. The same document, only
 * quicker to read (a cold JVM reads JSON an order of magnitude faster than the YAML:
 * docs/decisions/0002-raw-spec-reader.md), and the stub and the suite read it on every start.
 * {@code spec/openapi.yaml} stays the one source; the build writes the JSON from it, and a test
 * proves the two are the same tree.
 *
 * <pre>
 * {@code java io.crego.contract.spec.SpecRendition spec/openapi.yaml target/classes/crego/openapi.json}
 * </pre>
 */
public final class SpecRendition {

  private SpecRendition() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      // it runs inside Maven (exec:java), so it throws rather than exits
      throw new IllegalArgumentException("usage: SpecRendition <openapi.yaml> <openapi.json>");
    }
    Path json = Path.of(args[1]);
    if (json.getParent() != null) {
      Files.createDirectories(json.getParent());
    }
    Files.writeString(json, render(Files.readString(Path.of(args[0]))));
  }

  /** The YAML document as compact JSON. */
  static String render(String yaml) throws IOException {
    JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    return new ObjectMapper().writeValueAsString(tree);
  }
}
