package io.crego.contract.conformance.report;

import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.data.PreparationFailure;
import io.crego.contract.conformance.exchange.ContractViolation;
import io.crego.contract.conformance.run.RecordedExchange;
import io.crego.contract.spec.SpecOperation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one self-contained HTML report of a run. At the top a summary with the counts of every
 * section and links to them; then the failures grouped by root cause, a coverage table of
 * operations × declared status codes, lifecycle transitions covered, the contract violations
 * grouped by operation, rule and JSON pointer, the drift grouped by schema location with the values
 * seen, warnings from known deviations, known gaps and skips. Repeats are collapsed into one row
 * with a count and a few example tests, and long text wraps: the page stays as wide as the window
 * and about as long as there are distinct findings, however broken the target.
 */
public final class HtmlReport {

  /** Example tests shown for a repeated finding before the rest are folded away. */
  static final int EXAMPLES_SHOWN = 3;

  private static final String STYLE =
      "*{box-sizing:border-box}"
          + "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;"
          + "overflow-wrap:anywhere}"
          + "table{border-collapse:collapse;margin:1em 0;font-size:13px;"
          + "table-layout:fixed;width:100%}"
          + "td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top;"
          + "overflow-wrap:anywhere}"
          + "th{background:#f0f0f0}.pass{background:#e6f4e6}.fail{background:#fbe3e3}"
          + ".skip{background:#f6f6f6;color:#666}.warn{background:#fff4d6}.none{color:#aaa}"
          + "pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:0;font-size:12px}"
          + "code{font-size:12px;overflow-wrap:anywhere}"
          + "details summary{cursor:pointer;color:#0645ad}"
          + ".verdict{font-size:20px;font-weight:bold;margin:.3em 0}"
          + ".summary{border:1px solid #bbb;background:#fafafa;padding:.6em 1em;margin:1em 0}"
          + ".summary ul{margin:.3em 0;padding-left:1.2em}.summary li{margin:.15em 0}"
          + ".count{text-align:right;white-space:nowrap}";

  private final SuiteRun run;
  private final List<TestOutcome> outcomes;
  private final RunSummary summary;
  private final ProvenanceLabels provenance;

  public HtmlReport(SuiteRun run, List<TestOutcome> outcomes, RunSummary summary) {
    this.run = run;
    this.outcomes = outcomes;
    this.summary = summary;
    this.provenance = new ProvenanceLabels(run.spec());
  }

  public void write(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report " + file, e);
    }
  }

  String render() {
    List<RecordedExchange> exchanges = inTestOrder(run.exchanges().all());
    Findings findings = new Findings(exchanges);
    Html html = new Html();
    html.raw("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width\">")
        .raw("<title>Crego conformance report</title><style>")
        .raw(STYLE)
        .raw("</style></head><body>\n");
    html.raw("<h1>Crego LMS conformance report</h1>\n");
    summaryBlock(html, exchanges, findings);
    html.raw("<pre>").text(run.config().describe()).raw("</pre>\n");
    html.p(
        "Spec: "
            + run.spec().raw().path("info").path("version").asText()
            + ", "
            + run.spec().operations().size()
            + " operations. Finished "
            + Instant.now()
            + " in "
            + summary.millis()
            + " ms; "
            + exchanges.size()
            + " exchanges.");
    failures(html, findings);
    coverage(html, exchanges);
    lifecycles(html);
    violations(html, findings);
    drift(html, findings);
    warnings(html, findings);
    gaps(html);
    skipped(html, findings);
    return html.raw("</body></html>\n").toString();
  }

  /**
   * The exchanges in the order of their tests' outcomes (a run one group at a time), so that groups
   * run side by side ({@code --parallel}) list their findings as a run one at a time would;
   * exchanges made outside any test come first, each test's in the order it made them.
   */
  private List<RecordedExchange> inTestOrder(List<RecordedExchange> exchanges) {
    Map<String, Integer> place = new HashMap<>();
    for (TestOutcome o : outcomes) {
      place.putIfAbsent(o.name(), place.size());
    }
    List<RecordedExchange> sorted = new ArrayList<>(exchanges);
    sorted.sort(Comparator.comparingInt(e -> place.getOrDefault(e.test(), -1)));
    return sorted;
  }

  /** The counts of every section, with links, and the largest root causes of failure. */
  private void summaryBlock(Html html, List<RecordedExchange> exchanges, Findings findings) {
    html.raw("<div class=\"summary\" id=\"summary\">");
    html.raw("<p class=\"verdict\">").text(summary.line()).raw("</p>\n<ul>");
    long setup =
        findings.failures.groups().stream()
            .filter(g -> PreparationFailure.describes(g.first().reason()))
            .mapToInt(Repeats.Group::count)
            .sum();
    item(
        html,
        "failures",
        "Failures",
        summary.failed()
            + " tests from "
            + findings.failures.groups().size()
            + " causes"
            + (setup > 0 ? " (" + setup + " failed in their setup)" : ""));
    int[] pairs = coveredPairs(exchanges);
    item(
        html,
        "coverage",
        "Coverage",
        pairs[0] + " of " + pairs[1] + " declared (operation, status) pairs exercised");
    item(
        html,
        "violations",
        "Contract violations",
        findings.violations.total() + " in " + findings.violations.groups().size() + " groups");
    item(
        html,
        "drift",
        "Drift",
        findings.drift.groups().size() + " schema locations (" + findings.drift.total() + " seen)");
    item(
        html,
        "warnings",
        "Warnings",
        summary.warnings()
            + " (known deviations) in "
            + findings.warnings.groups().size()
            + " groups");
    item(html, "gaps", "Known gaps", summary.knownGaps() + " still failing");
    item(html, "lifecycles", "Lifecycles", run.lifecycleTests().size() + " transition checks");
    item(
        html,
        "skipped",
        "Skipped",
        summary.skipped() + " tests for " + findings.skipped.groups().size() + " reasons");
    html.raw("</ul>");
    List<Repeats.Group<TestOutcome>> causes = findings.failures.groups();
    if (!causes.isEmpty()) {
      html.raw("<p>Largest causes of failure:</p><ul>");
      for (Repeats.Group<TestOutcome> cause : causes.subList(0, Math.min(3, causes.size()))) {
        html.raw("<li>")
            .text(cause.count() + " × ")
            .raw("<code>")
            .text(FailureCause.title(cause.first().reason()))
            .raw("</code></li>");
      }
      html.raw("</ul>");
    }
    html.raw("</div>\n");
  }

  private static void item(Html html, String anchor, String title, String text) {
    html.raw("<li><a href=\"#" + anchor + "\">").text(title).raw("</a>: ").text(text);
    html.raw("</li>\n");
  }

  /**
   * Failures with one root cause in one row: the message of the first, how many, and which tests. A
   * setup failure ({@code setup failed: <operation> …}) counts under the operation whose call
   * failed, whatever test it broke.
   */
  private void failures(Html html, Findings findings) {
    html.h2("Failures, by cause", "failures");
    if (findings.failures.isEmpty()) {
      html.p("None.");
      return;
    }
    html.p(
        "Each row is one cause with the message of its first test; failures that start with"
            + " \"setup failed:\" are calls the suite made to prepare a test's data, named by the"
            + " operation whose call failed.");
    html.startTable(new int[] {55, 7, 38}, "cause (first message)", "tests", "tests that failed");
    for (Repeats.Group<TestOutcome> group : findings.failures.groups()) {
      html.raw("<tr class=\"fail\"><td><pre>")
          .text(FailureCause.firstLines(group.first().reason(), 12))
          .raw("</pre></td><td class=\"count\">")
          .text(group.count())
          .raw("</td><td>")
          .examples(group.tests(), EXAMPLES_SHOWN)
          .raw("</td></tr>\n");
    }
    html.endTable();
  }

  private void coverage(Html html, List<RecordedExchange> exchanges) {
    html.h2("Coverage: operations × declared status codes", "coverage");
    html.p(
        "Each cell counts the exchanges that answered that status; grey = not exercised."
            + " Undeclared statuses seen are listed in red.");
    Set<Integer> allCodes = new TreeSet<>();
    run.spec().operations().forEach(op -> allCodes.addAll(op.responseCodes()));
    List<String> headers = new ArrayList<>(List.of("operation", "tests (pass/fail/skip)"));
    allCodes.forEach(code -> headers.add(String.valueOf(code)));
    headers.add("undeclared seen");
    int[] widths = new int[headers.size()];
    widths[0] = 24;
    widths[1] = 9;
    widths[widths.length - 1] = 9;
    html.startTable(widths, headers.toArray(String[]::new));
    int exercised = 0;
    int declared = 0;
    for (SpecOperation op : run.spec().operations()) {
      Map<Integer, Integer> counts = new TreeMap<>();
      for (RecordedExchange e : exchanges) {
        if (e.operationId().equals(op.operationId())) {
          counts.merge(e.status(), 1, Integer::sum);
        }
      }
      html.raw("<tr><td><code>")
          .text(op.operationId())
          .raw("</code> ")
          .text(op.method() + " " + op.pathTemplate())
          .raw("</td><td>")
          .text(testCounts(op.operationId()))
          .raw("</td>");
      for (int code : allCodes) {
        if (!op.responseCodes().contains(code)) {
          html.raw("<td class=\"none\"></td>");
          continue;
        }
        declared++;
        int count = counts.getOrDefault(code, 0);
        if (count > 0) {
          exercised++;
        }
        html.raw(count > 0 ? "<td class=\"pass\">" : "<td class=\"skip\">")
            .text(count > 0 ? count : "–")
            .raw("</td>");
      }
      Set<Integer> undeclared = new TreeSet<>(counts.keySet());
      undeclared.removeAll(op.responseCodes());
      html.raw(undeclared.isEmpty() ? "<td></td>" : "<td class=\"fail\">")
          .text(undeclared.isEmpty() ? "" : undeclared.toString())
          .raw(undeclared.isEmpty() ? "" : "</td>");
      html.raw("</tr>\n");
    }
    html.endTable();
    html.p(exercised + " of " + declared + " declared (operation, status) pairs exercised.");
  }

  /** How many declared (operation, status) pairs the run exercised, and how many there are. */
  private int[] coveredPairs(List<RecordedExchange> exchanges) {
    Set<String> seen = new HashSet<>();
    exchanges.forEach(e -> seen.add(e.operationId() + " " + e.status()));
    int exercised = 0;
    int declared = 0;
    for (SpecOperation op : run.spec().operations()) {
      for (int code : op.responseCodes()) {
        declared++;
        if (seen.contains(op.operationId() + " " + code)) {
          exercised++;
        }
      }
    }
    return new int[] {exercised, declared};
  }

  private String testCounts(String operationId) {
    Pattern mentions = Pattern.compile(".*\\b" + Pattern.quote(operationId) + "\\b.*");
    long[] counts = new long[3];
    for (TestOutcome o : outcomes) {
      if (mentions.matcher(o.name()).matches()) {
        counts[o.status().ordinal()]++;
      }
    }
    return counts[0] + "/" + counts[1] + "/" + counts[2];
  }

  private void lifecycles(Html html) {
    html.h2("Lifecycle transitions", "lifecycles");
    Map<String, String> registered = run.lifecycleTests();
    if (registered.isEmpty()) {
      html.p("No lifecycle tests ran.");
      return;
    }
    Map<String, TestOutcome> byName = new LinkedHashMap<>();
    outcomes.forEach(o -> byName.put(o.name(), o));
    html.startTable("transition", "result", "detail");
    long covered = 0;
    for (String name : new TreeSet<>(registered.keySet())) {
      TestOutcome o = byName.get(name);
      String status = o == null ? "not run" : o.status().name().toLowerCase();
      if (o != null && o.status() == TestOutcome.Status.PASSED) {
        covered++;
      }
      html.raw("<tr class=\"" + cssOf(o) + "\"><td>")
          .text(registered.get(name))
          .raw("</td><td>")
          .text(status)
          .raw("</td><td><pre>")
          .text(o == null ? "" : firstLines(o.reason(), 3))
          .raw("</pre></td></tr>\n");
    }
    html.endTable();
    html.p(covered + " of " + registered.size() + " lifecycle checks passed.");
  }

  /** Violations of one rule at one place of one operation's answers in one row. */
  private void violations(Html html, Findings findings) {
    html.h2("Contract violations, by operation, rule and pointer", "violations");
    if (findings.violations.isEmpty()) {
      html.p("None.");
      return;
    }
    html.p(
        "The provenance column says where the broken part of the contract comes from: a vendor"
            + " page (documented), or this contract's design (designed, inferred, partial).");
    html.startTable(
        new int[] {13, 12, 9, 11, 11, 13, 9, 4, 18},
        "operation (first exchange)",
        "rule",
        "pointer",
        "expected",
        "actual (first)",
        "message",
        "provenance",
        "seen",
        "tests");
    for (Repeats.Group<Judged> group : findings.violations.groups()) {
      ContractViolation v = group.first().violation();
      html.raw("<tr class=\"fail\">");
      cells(
          html,
          v.exchange(),
          v.rule(),
          FailureCause.anyItem(v.pointer()),
          v.expected(),
          v.actual(),
          v.message(),
          provenance.of(v));
      html.raw("<td class=\"count\">")
          .text(group.count() + "×")
          .raw("</td><td>")
          .examples(group.tests(), EXAMPLES_SHOWN)
          .raw("</td></tr>\n");
    }
    html.endTable();
  }

  private void drift(Html html, Findings findings) {
    html.h2("Drift: violations by schema location", "drift");
    html.p(
        "What to tell the spec team: each row is one place in the spec the target does not"
            + " follow, with the operations and the actual values seen (warnings included).");
    if (findings.drift.isEmpty()) {
      html.p("No drift.");
      return;
    }
    html.startTable(
        new int[] {22, 12, 5, 14, 19, 10, 18},
        "schema location [rule]",
        "expected",
        "seen",
        "operations",
        "actual values",
        "provenance",
        "tests");
    for (Repeats.Group<Judged> group : findings.drift.groups()) {
      Set<String> operations = new TreeSet<>();
      Set<String> actuals = new LinkedHashSet<>();
      Set<String> provenances = new TreeSet<>();
      for (Judged judged : group.items()) {
        operations.add(judged.violation().operationId());
        provenances.add(provenance.of(judged.violation()));
        if (actuals.size() < 10) {
          actuals.add(judged.violation().actual());
        }
      }
      html.raw("<tr class=\"warn\">");
      cells(
          html,
          group.key(),
          group.first().violation().expected(),
          group.count() + "×",
          String.join(", ", operations),
          String.join(" | ", actuals),
          String.join(", ", provenances));
      html.raw("<td>").examples(group.tests(), EXAMPLES_SHOWN).raw("</td></tr>\n");
    }
    html.endTable();
  }

  private void warnings(Html html, Findings findings) {
    html.h2("Warnings: known deviations", "warnings");
    if (findings.warnings.isEmpty()) {
      html.p(run.deviations().entries().isEmpty() ? "No deviations file." : "None matched.");
      return;
    }
    html.startTable(
        new int[] {12, 18, 12, 14, 19, 5, 20},
        "deviation",
        "reason",
        "link",
        "exchange (first)",
        "violation",
        "seen",
        "tests");
    for (Repeats.Group<RecordedExchange.Warning> group : findings.warnings.groups()) {
      RecordedExchange.Warning w = group.first();
      html.raw("<tr class=\"warn\">");
      cells(
          html,
          w.deviation().id(),
          w.deviation().reason(),
          String.valueOf(w.deviation().link()),
          w.violation().exchange(),
          w.violation().describe(),
          group.count() + "×");
      html.raw("<td>").examples(group.tests(), EXAMPLES_SHOWN).raw("</td></tr>\n");
    }
    html.endTable();
  }

  private static void cells(Html html, Object... values) {
    for (Object value : values) {
      html.raw("<td>").text(value).raw("</td>");
    }
  }

  private void gaps(Html html) {
    html.h2("Known gaps", "gaps");
    Map<String, String> hits = run.knownGapHits();
    Map<String, String> passing = run.knownGapsPassing();
    if (hits.isEmpty() && passing.isEmpty()) {
      html.p(run.knownGaps().all().isEmpty() ? "No known gaps file." : "No known gap was hit.");
      return;
    }
    html.startTable("test", "known gap", "now");
    new TreeMap<>(hits).forEach((test, reason) -> html.row("warn", test, reason, "still failing"));
    new TreeMap<>(passing)
        .forEach(
            (test, reason) -> html.row("pass", test, reason, "passes: remove it from the list"));
    html.endTable();
  }

  /** Skips with one reason in one row (a stub-only group, a state the API cannot reach, …). */
  private void skipped(Html html, Findings findings) {
    html.h2("Skipped, by reason", "skipped");
    if (findings.skipped.isEmpty()) {
      html.p("None.");
      return;
    }
    html.startTable(new int[] {55, 7, 38}, "why (first test's reason)", "tests", "tests");
    for (Repeats.Group<TestOutcome> group : findings.skipped.groups()) {
      html.raw("<tr class=\"skip\"><td><pre>")
          .text(firstLines(group.first().reason(), 4))
          .raw("</pre></td><td class=\"count\">")
          .text(group.count())
          .raw("</td><td>")
          .examples(group.tests(), EXAMPLES_SHOWN)
          .raw("</td></tr>\n");
    }
    html.endTable();
  }

  private static String cssOf(TestOutcome o) {
    if (o == null) {
      return "skip";
    }
    return switch (o.status()) {
      case PASSED -> "pass";
      case FAILED -> "fail";
      case SKIPPED -> "skip";
    };
  }

  private static String firstLines(String text, int lines) {
    String[] all = String.valueOf(text).split("\n");
    return String.join("\n", java.util.Arrays.copyOf(all, Math.min(lines, all.length)));
  }

  /** A violation and the test whose exchange it was seen on. */
  private record Judged(ContractViolation violation, String test) {}

  /** Everything the report lists, each grouped so that repeats make one row. */
  private final class Findings {

    final Repeats<TestOutcome> failures = new Repeats<>();
    final Repeats<TestOutcome> skipped = new Repeats<>();
    final Repeats<Judged> violations = new Repeats<>();
    final Repeats<Judged> drift = new Repeats<>();
    final Repeats<RecordedExchange.Warning> warnings = new Repeats<>();

    Findings(List<RecordedExchange> exchanges) {
      for (TestOutcome o : outcomes) {
        if (o.status() == TestOutcome.Status.FAILED) {
          failures.add(FailureCause.of(o.reason()), o, o.name());
        } else if (o.status() == TestOutcome.Status.SKIPPED) {
          skipped.add(FailureCause.withoutIds(firstLines(o.reason(), 1)), o, o.name());
        }
      }
      for (RecordedExchange e : exchanges) {
        for (ContractViolation v : e.violations()) {
          violations.add(
              v.operationId() + " " + v.rule() + " " + FailureCause.anyItem(v.pointer()),
              new Judged(v, e.test()),
              e.test());
          drift.add(driftKey(v), new Judged(v, e.test()), e.test());
        }
        for (RecordedExchange.Warning w : e.warnings()) {
          ContractViolation v = w.violation();
          drift.add(driftKey(v), new Judged(v, e.test()), e.test());
          warnings.add(
              w.deviation().id() + " " + v.operationId() + " " + v.rule() + " " + v.pointer(),
              w,
              e.test());
        }
      }
    }

    private static String driftKey(ContractViolation v) {
      return v.schemaLocation() + "  [" + v.rule() + "]";
    }
  }
}
