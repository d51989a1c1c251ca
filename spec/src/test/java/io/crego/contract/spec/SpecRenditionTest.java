package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON the build writes beside the YAML is the same document, and it is what is loaded. */
class SpecRenditionTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theClasspathJsonIsTheYamlAsWritten() throws IOException {
    JsonNode written = YAML.readTree(Files.readString(Path.of("openapi.yaml")));
    String json =
        CregoSpec.classpathText(getClass().getClassLoader(), CregoSpec.JSON_CLASSPATH_LOCATION)
            .orElseThrow(() -> new AssertionError("the build wrote no crego/openapi.json"));
    assertEquals(written, JSON.readTree(json));
    assertEquals(written, CregoSpec.get().raw());
  }

  @Test
  void rendersAnyYamlTreeUnchanged(@TempDir Path dir) throws IOException {
    String yaml = "a: 1\nb: [x, {c: null, d: 2.50}]\nx-e: 'yes'\n";
    Path in = Files.writeString(dir.resolve("in.yaml"), yaml);
    Path out = dir.resolve("nested/out.json");
    SpecRendition.main(new String[] {in.toString(), out.toString()});
    assertEquals(YAML.readTree(yaml), JSON.readTree(Files.readString(out)));
  }

  @Test
  void refusesAMissingArgument() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SpecRendition.main(new String[0]));
    assertTrue(e.getMessage().startsWith("usage:"), e.getMessage());
  }
}
