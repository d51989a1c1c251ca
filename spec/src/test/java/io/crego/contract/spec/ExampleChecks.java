package io.crego.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the examples of a media type object in the raw spec, following component $refs. */
final class ExampleChecks {

  private ExampleChecks() {}

  /**
   * The examples beside a schema pointer such as {@code .../content/application~1json/schema}, by a
   * label naming where each came from. An {@code examples} entry without an inline value maps to a
   * missing node.
   */
  static Map<String, JsonNode> examplesBeside(CregoSpec spec, String schemaPointer) {
    String media = schemaPointer.substring(0, schemaPointer.length() - "/schema".length());
    JsonNode mediaType = spec.raw().at(media.substring(1));
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    if (mediaType.has("example")) {
      examples.put("example", mediaType.get("example"));
    }
    mediaType
        .path("examples")
        .fields()
        .forEachRemaining(
            entry -> {
              JsonNode example = entry.getValue();
              String label = "examples." + entry.getKey();
              String ref = example.path("$ref").asText("");
              if (ref.startsWith("#/")) {
                example = spec.schemas().resolve(example);
                label += " (" + ref + ")";
              }
              examples.put(label, example.path("value"));
            });
    return examples;
  }

  static String describe(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    violations.forEach(v -> text.append("\n  ").append(v));
    return text.toString();
  }
}
