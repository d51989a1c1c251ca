package io.crego.contract.conformance.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The known gaps of a target, from a YAML or JSON file:
 *
 * <pre>
 * gaps:
 *   - test: "lifecycle Loan: requested → active via payoutCallback*"
 *     reason: the stub does not activate a loan when its payout is processed yet
 *     issue: issue 7
 * </pre>
 */
public final class KnownGaps {

  private final List<KnownGap> gaps;

  private KnownGaps(List<KnownGap> gaps) {
    this.gaps = List.copyOf(gaps);
  }

  public static KnownGaps none() {
    return new KnownGaps(List.of());
  }

  public static KnownGaps load(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          file + " is not valid YAML or JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    List<KnownGap> gaps = new ArrayList<>();
    JsonNode list = root == null ? null : root.isArray() ? root : root.path("gaps");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(file + ": expected a list under 'gaps'");
    }
    for (JsonNode entry : list) {
      entry
          .fieldNames()
          .forEachRemaining(
              key -> {
                if (!Set.of("test", "reason", "issue").contains(key)) {
                  throw new IllegalArgumentException(
                      file
                          + ": a gap has an unknown key '"
                          + key
                          + "' (known: test, reason, issue)");
                }
              });
      String test = entry.path("test").asText(null);
      String reason = entry.path("reason").asText(null);
      if (test == null || reason == null) {
        throw new IllegalArgumentException(file + ": every gap needs test and reason: " + entry);
      }
      gaps.add(new KnownGap(test, reason, entry.path("issue").asText("untracked")));
    }
    return new KnownGaps(gaps);
  }

  public Optional<KnownGap> match(String displayName) {
    return gaps.stream().filter(g -> g.matches(displayName)).findFirst();
  }

  public List<KnownGap> all() {
    return gaps;
  }
}
