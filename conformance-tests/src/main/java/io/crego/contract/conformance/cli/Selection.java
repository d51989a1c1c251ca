package io.crego.contract.conformance.cli;

import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.suite.SuiteClasses;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Tag;

/**
 * Checks that every tag and operationId a run is told to select exists, so that a typo is an
 * invalid setting naming the nearest valid names, not a green run of nothing.
 */
final class Selection {

  private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

  private Selection() {}

  /** The tags of the suite's classes and methods. */
  static Set<String> knownTags() {
    Set<String> tags = new TreeSet<>();
    for (Class<?> type : SuiteClasses.ALL) {
      for (Tag tag : type.getAnnotationsByType(Tag.class)) {
        tags.add(tag.value());
      }
      for (Method method : type.getDeclaredMethods()) {
        for (Tag tag : method.getAnnotationsByType(Tag.class)) {
          tags.add(tag.value());
        }
      }
    }
    return tags;
  }

  /** One line per unknown name; empty when the selection is valid. */
  static List<String> problems(SuiteConfig config, CregoSpec spec) {
    List<String> problems = new ArrayList<>();
    Set<String> tags = knownTags();
    unknown("--include-tags", "tag", config.includeTags(), tags, problems);
    unknown("--exclude-tags", "tag", config.excludeTags(), tags, problems);
    Set<String> ids = new TreeSet<>();
    spec.operations().stream().map(SpecOperation::operationId).forEach(ids::add);
    unknown("--operations", "operationId", config.operations(), ids, problems);
    return problems;
  }

  private static void unknown(
      String flag, String what, Set<String> given, Set<String> known, List<String> problems) {
    for (String name : new TreeSet<>(given)) {
      if (!known.contains(name)) {
        problems.add(
            flag
                + ": no "
                + what
                + " '"
                + name
                + "'; did you mean "
                + String.join(" or ", nearest(name, known))
                + "?"
                + (what.equals("tag") ? " (tags: " + String.join(", ", known) + ")" : ""));
      }
    }
  }

  /** The known names closest to {@code name} by edit distance (up to three). */
  static List<String> nearest(String name, Collection<String> known) {
    return known.stream()
        .sorted(
            Comparator.comparingInt((String k) -> EDITS.apply(name.toLowerCase(), k.toLowerCase()))
                .thenComparing(k -> k))
        .limit(3)
        .toList();
  }
}
