package io.crego.contract.conformance.deviation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.crego.contract.conformance.exchange.ContractViolation;
import io.crego.contract.spec.contract.Deviation;
import io.crego.contract.spec.contract.KnownDeviations;
import io.crego.contract.spec.contract.RuleViolation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
public final class Deviations implements KnownDeviations {

  private static final Set<String> ENTRY_KEYS = Set.of("id", "match", "reason", "link");
  private static final Set<String> MATCH_KEYS = Set.of("operationId", "pointer", "keyword");

  private final List<Deviation> entries;
  private final Set<String> used = ConcurrentHashMap.newKeySet();

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
      throw new IllegalArgumentException(
          file + " is not valid YAML or JSON: " + e.getMessage().lines().findFirst().orElse(""));
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
      unknownKeys(entry, ENTRY_KEYS, "entry " + id, problems);
      unknownKeys(match, MATCH_KEYS, "entry " + id + "'s match", problems);
      if (MATCH_KEYS.stream().noneMatch(match::has)) {
        problems.add(
            "entry " + id + "'s match names none of " + MATCH_KEYS + ": it would match everything");
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
    return match(violation.operationId(), violation.asRuleViolation());
  }

  @Override
  public Optional<Deviation> match(String operationId, RuleViolation violation) {
    Optional<Deviation> found =
        entries.stream().filter(d -> d.matches(operationId, violation)).findFirst();
    found.ifPresent(d -> used.add(d.id()));
    return found;
  }

  /** The ids of the deviations that matched no violation so far: stale, or mistyped. */
  public List<String> unused() {
    return entries.stream().map(Deviation::id).filter(id -> !used.contains(id)).toList();
  }

  private static void unknownKeys(
      JsonNode node, Set<String> known, String where, List<String> problems) {
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key)) {
                problems.add(where + " has an unknown key '" + key + "' (known: " + known + ")");
              }
            });
  }

  public List<Deviation> entries() {
    return entries;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
