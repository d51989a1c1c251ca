package io.crego.contract.conformance.report;

import io.crego.contract.conformance.SuiteRun;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one self-contained HTML report of a run: the verdict, the failures, a coverage table of
 * operations × declared status codes, lifecycle transitions covered, every violation with its
 * details, the drift grouped by schema location with the values seen, warnings from known
 * deviations and known gaps.
 */
public final class HtmlReport {

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
          + "table{border-collapse:collapse;margin:1em 0;font-size:13px}"
          + "td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}"
          + "th{background:#f0f0f0}.pass{background:#e6f4e6}.fail{background:#fbe3e3}"
          + ".skip{background:#f6f6f6;color:#666}.warn{background:#fff4d6}.none{color:#aaa}"
          + "pre{white-space:pre-wrap;margin:0;font-size:12px}code{font-size:12px}"
          + ".summary{font-size:20px;font-weight:bold}";

  private final SuiteRun run;
  private final List<TestOutcome> outcomes;
  private final RunSummary summary;

  public HtmlReport(SuiteRun run, List<TestOutcome> outcomes, RunSummary summary) {
    this.run = run;
    this.outcomes = outcomes;
    this.summary = summary;
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
    List<RecordedExchange> exchanges = run.exchanges().all();
    Html html = new Html();
    html.raw("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Crego conformance report")
        .raw("</title><style>")
        .raw(STYLE)
        .raw("</style></head><body>\n");
    html.raw("<h1>Crego LMS conformance report</h1>\n");
    html.raw("<p class=\"summary\">").text(summary.line()).raw("</p>\n");
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
            + " exchanges; "
            + summary.violations()
            + " contract violations; "
            + summary.warnings()
            + " warnings (known deviations); "
            + summary.knownGaps()
            + " known gaps.");
    html.raw(
        "<p>Sections: <a href=\"#failures\">failures</a> · <a href=\"#coverage\">coverage</a>"
            + " · <a href=\"#lifecycles\">lifecycles</a> · <a href=\"#violations\">violations</a> · "
            + "<a href=\"#drift\">drift</a> · <a href=\"#warnings\">warnings</a> · "
            + "<a href=\"#gaps\">known gaps</a> · <a href=\"#skipped\">skipped</a></p>\n");
    failures(html);
    coverage(html, exchanges);
    lifecycles(html);
    violations(html, exchanges);
    drift(html, exchanges);
    warnings(html, exchanges);
    gaps(html);
    skipped(html);
    return html.raw("</body></html>\n").toString();
  }

  private void failures(Html html) {
    html.h2("Failures", "failures");
    List<TestOutcome> failed =
        outcomes.stream().filter(o -> o.status() == TestOutcome.Status.FAILED).toList();
    if (failed.isEmpty()) {
      html.p("None.");
      return;
    }
    html.startTable("test", "why");
    for (TestOutcome o : failed) {
      html.raw("<tr class=\"fail\"><td>")
          .text(o.name())
          .raw("</td><td><pre>")
          .text(o.reason())
          .raw("</pre></td></tr>\n");
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
    html.startTable(headers.toArray(String[]::new));
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

  private void violations(Html html, List<RecordedExchange> exchanges) {
    html.h2("Contract violations", "violations");
    List<ContractViolation> all = new ArrayList<>();
    Map<ContractViolation, String> tests = new LinkedHashMap<>();
    for (RecordedExchange e : exchanges) {
      for (ContractViolation v : e.violations()) {
        all.add(v);
        tests.put(v, e.test());
      }
    }
    if (all.isEmpty()) {
      html.p("None.");
      return;
    }
    html.startTable(
        "exchange", "rule", "pointer", "expected", "actual", "message", "schema", "test");
    for (ContractViolation v : all) {
      html.row(
          "fail",
          v.exchange(),
          v.rule(),
          v.pointer(),
          v.expected(),
          v.actual(),
          v.message(),
          String.valueOf(v.schemaLocation()),
          tests.get(v));
    }
    html.endTable();
  }

  private void drift(Html html, List<RecordedExchange> exchanges) {
    html.h2("Drift: violations by schema location", "drift");
    html.p(
        "What to tell the spec team: each row is one place in the spec the target does not"
            + " follow, with the operations and the actual values seen (warnings included).");
    Map<String, List<ContractViolation>> groups = new TreeMap<>();
    for (RecordedExchange e : exchanges) {
      List<ContractViolation> seen = new ArrayList<>(e.violations());
      e.warnings().forEach(w -> seen.add(w.violation()));
      for (ContractViolation v : seen) {
        String key = v.schemaLocation() + "  [" + v.rule() + "]";
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
      }
    }
    if (groups.isEmpty()) {
      html.p("No drift.");
      return;
    }
    html.startTable("schema location [rule]", "expected", "seen", "operations", "actual values");
    groups.forEach(
        (key, list) -> {
          Set<String> operations = new TreeSet<>();
          Set<String> actuals = new LinkedHashSet<>();
          list.forEach(
              v -> {
                operations.add(v.operationId());
                if (actuals.size() < 10) {
                  actuals.add(v.actual());
                }
              });
          html.row(
              "warn",
              key,
              list.get(0).expected(),
              list.size() + "×",
              String.join(", ", operations),
              String.join(" | ", actuals));
        });
    html.endTable();
  }

  private void warnings(Html html, List<RecordedExchange> exchanges) {
    html.h2("Warnings: known deviations", "warnings");
    List<RecordedExchange.Warning> warnings = new ArrayList<>();
    exchanges.forEach(e -> warnings.addAll(e.warnings()));
    if (warnings.isEmpty()) {
      html.p(run.deviations().entries().isEmpty() ? "No deviations file." : "None matched.");
      return;
    }
    html.startTable("deviation", "reason", "link", "exchange", "violation");
    for (RecordedExchange.Warning w : warnings) {
      html.row(
          "warn",
          w.deviation().id(),
          w.deviation().reason(),
          String.valueOf(w.deviation().link()),
          w.violation().exchange(),
          w.violation().describe());
    }
    html.endTable();
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

  private void skipped(Html html) {
    html.h2("Skipped", "skipped");
    List<TestOutcome> skipped =
        outcomes.stream().filter(o -> o.status() == TestOutcome.Status.SKIPPED).toList();
    if (skipped.isEmpty()) {
      html.p("None.");
      return;
    }
    html.startTable("test", "why");
    skipped.forEach(o -> html.row("skip", o.name(), firstLines(o.reason(), 4)));
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
}
