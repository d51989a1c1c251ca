package io.crego.contract.conformance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failure message says went wrong, with the parts that differ from test to test (ids, the
 * tests' own data) left out, so that failures with one root cause are counted together. The first
 * line of a failure is its cause ({@code setup failed: createRecord POST /v1/lms/records/ → 500},
 * {@code getRecord GET … → 200: 1 contract violation}); for contract violations the broken rules
 * and their JSON pointers (the lines {@code [rule] pointer: …} of {@code ContractViolation
 * .describe()}) are part of it.
 */
final class FailureCause {

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** Database-style ids, epoch timestamps, amounts made unique: five digits or more. */
  private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");

  private static final Pattern VIOLATION = Pattern.compile("^\\s+\\[([^\\]]+)] (\\S+):");

  private FailureCause() {}

  /** The key failures with the same root cause share. */
  static String of(String reason) {
    String text = String.valueOf(reason).strip();
    List<String> lines = List.of(text.split("\n"));
    StringBuilder key = new StringBuilder(withoutIds(lines.get(0)));
    TreeSet<String> rules = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      Matcher violation = VIOLATION.matcher(line);
      if (violation.find()) {
        rules.add(violation.group(1) + " " + anyItem(withoutIds(violation.group(2))));
      }
    }
    rules.forEach(rule -> key.append(" | ").append(rule));
    return key.toString();
  }

  /** The first line of a failure: what it is about, before the details. */
  static String title(String reason) {
    String text = String.valueOf(reason).strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  /** The first lines of a failure, at most {@code count}, with "…" when there were more. */
  static String firstLines(String reason, int count) {
    List<String> lines = new ArrayList<>(List.of(String.valueOf(reason).strip().split("\n")));
    if (lines.size() <= count) {
      return String.join("\n", lines);
    }
    return String.join("\n", lines.subList(0, count)) + "\n…";
  }

  /**
   * A JSON pointer with its array indices as {@code *}: the same field broken in every item of a
   * list is one finding, not one per item.
   */
  static String anyItem(String pointer) {
    return pointer == null ? "" : pointer.replaceAll("/\\d+(?=/|$)", "/*");
  }

  static String withoutIds(String text) {
    return LONG_NUMBER.matcher(UUID.matcher(text).replaceAll("{id}")).replaceAll("#");
  }
}
