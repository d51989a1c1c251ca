package io.crego.contract.conformance.deviation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.crego.contract.conformance.exchange.ContractViolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The known deviations of a target, read from a YAML or JSON file:
 *
 * <pre>
 * deviations:
 *   - id: PREPROD-1
 *     match: {operationId: getRecord, pointer: /collection_bank, keyword: type}
 *     reason: preprod sends the bank id instead of the object
 *     link: https://tracker.example/PREPROD-1
 * </pre>
 */
public final class Deviations {

  private final List<Deviation> entries;

  private Deviations(List<Deviation> entries) {
    this.entries = List.copyOf(entries);
  }

  public static Deviations none() {
    return new Deviations(List.of());
  }

  public static Deviations of(List<Deviation> entries) {
    return new Deviations(entries);
  }

  /**
   * Reads the file (YAML, of which JSON is a subset).
   *
   * @throws IllegalArgumentException naming every malformed entry
   */
  public static Deviations load(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the deviations file " + file, e);
    }
    JsonNode list = root == null ? null : root.isArray() ? root : root.path("deviations");
    List<Deviation> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(file + ": expected a list under 'deviations'");
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      JsonNode match = entry.path("match");
      String id = text(entry, "id");
      String reason = text(entry, "reason");
      if (id == null || reason == null || !match.isObject()) {
        problems.add("entry " + i + " needs id, match and reason");
        continue;
      }
      entries.add(
          new Deviation(
              id,
              text(match, "operationId"),
              text(match, "pointer"),
              text(match, "keyword"),
              reason,
              text(entry, "link")));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(file + ": " + String.join("; ", problems));
    }
    return new Deviations(entries);
  }

  public Optional<Deviation> match(ContractViolation violation) {
    return entries.stream().filter(d -> d.matches(violation)).findFirst();
  }

  public List<Deviation> entries() {
    return entries;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
