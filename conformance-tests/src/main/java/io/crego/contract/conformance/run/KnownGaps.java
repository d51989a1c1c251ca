package io.crego.contract.conformance.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
      throw new UncheckedIOException("Cannot read the known gaps file " + file, e);
    }
    List<KnownGap> gaps = new ArrayList<>();
    JsonNode list = root == null ? null : root.isArray() ? root : root.path("gaps");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(file + ": expected a list under 'gaps'");
    }
    for (JsonNode entry : list) {
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
