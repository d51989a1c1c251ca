package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule 3: the vendor's own payloads in {@code spec/examples/vendor/} validate against the spec.
 * Names say which schema: {@code <operationId>.request.json} or {@code
 * <operationId>.<status>.json}.
 */
class VendorExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path vendorDir() throws URISyntaxException {
    URL url = VendorExamplesTest.class.getClassLoader().getResource("crego/examples/vendor");
    assertTrue(url != null, "no crego/examples/vendor on the classpath (spec/examples/vendor/)");
    return Path.of(url.toURI());
  }

  private static List<Path> vendorFiles() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(vendorDir())) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyVendorExampleValidates() throws Exception {
    List<Path> files = vendorFiles();
    assertFalse(files.isEmpty(), "spec/examples/vendor/ has no .json files");
    return files.stream()
        .map(file -> dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) {
    String name = file.getFileName().toString();
    String[] parts = name.substring(0, name.length() - ".json".length()).split("\\.");
    assertTrue(
        parts.length == 2,
        "name must be <operationId>.request.json or <operationId>.<status>.json: " + name);
    SpecOperation op =
        CregoSpec.get()
            .operation(parts[0])
            .orElseThrow(() -> new AssertionError("no operation " + parts[0] + " for " + name));
    String schema =
        parts[1].equals("request")
            ? op.requestBodySchema()
            : parts[1].matches("\\d{3}")
                ? op.responseSchemas().get(Integer.parseInt(parts[1]))
                : null;
    assertTrue(
        schema != null,
        name + ": " + op.operationId() + " declares no JSON schema for " + parts[1]);
    List<Violation> violations = CregoSpec.get().validator().validate(schema, read(file));
    assertTrue(violations.isEmpty(), () -> name + ":" + ExampleChecks.describe(violations));
  }

  /** Proves the validator can fail: a broken copy of the vendor's Record is caught. */
  @Test
  void brokenRecordIsRejectedWithPointers() throws Exception {
    ObjectNode record = (ObjectNode) read(vendorDir().resolve("markRecordProcessed.200.json"));
    record.remove("status");
    record.set("id", IntNode.valueOf(42));
    String schema =
        CregoSpec.get()
            .operation("markRecordProcessed")
            .flatMap(op -> op.responseSchema(200))
            .orElseThrow(() -> new AssertionError("markRecordProcessed declares no 200 schema"));

    List<Violation> violations = CregoSpec.get().validator().validate(schema, record);

    String found = ExampleChecks.describe(violations);
    assertTrue(
        violations.stream()
            .anyMatch(
                v ->
                    v.instancePointer().equals("/status")
                        && v.keyword().equals("required")
                        && v.actual().equals("missing")),
        "expected a required violation at /status:" + found);
    assertTrue(
        violations.stream()
            .anyMatch(
                v ->
                    v.instancePointer().equals("/id")
                        && v.keyword().equals("type")
                        && v.actual().equals("42")),
        "expected a type violation at /id:" + found);
  }
}
