package io.crego.contract.conformance.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.SuiteRuns;
import io.crego.contract.conformance.config.ConfigException;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.config.TargetKind;
import io.crego.contract.conformance.deviation.Deviations;
import io.crego.contract.conformance.report.FailedTestsFile;
import io.crego.contract.conformance.report.HtmlReport;
import io.crego.contract.conformance.report.JUnitXmlReport;
import io.crego.contract.conformance.report.ProgressPrinter;
import io.crego.contract.conformance.report.ResultCollector;
import io.crego.contract.conformance.report.RunSummary;
import io.crego.contract.conformance.report.TestOutcome;
import io.crego.contract.conformance.run.KnownGaps;
import io.crego.contract.conformance.run.RecordedExchange;
import io.crego.contract.conformance.suite.RunOrder;
import io.crego.contract.conformance.suite.RunPlan;
import io.crego.contract.conformance.suite.SuiteClasses;
import io.crego.contract.conformance.time.TimePlan;
import io.crego.contract.spec.CregoSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the suite against one target with the JUnit Platform launcher: the same code for the jar,
 * the loop run in {@code mvn verify} and the broken-target checks. Writes the JUnit XML and the
 * HTML report, prints progress and ends with {@code N passed, N failed, N skipped}.
 */
public final class ConformanceRunner {

  private final PrintStream out;

  public ConformanceRunner(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the suite.
   *
   * @throws ConfigException when the selection names unknown tags or operations, or a deviations or
   *     known-gaps file is malformed
   * @throws TargetUnavailableException when the target does not answer or refuses the credentials
   */
  public RunSummary run(SuiteConfig config) {
    long start = System.nanoTime();
    CregoSpec spec = CregoSpec.get();
    SuiteRun run = prepare(config, spec, isStub(config));
    Preflight.check(run);
    out.println(
        "Crego conformance suite against "
            + config.baseUrl()
            + (run.targetIsStub() ? " (the stub)" : "")
            + "\n"
            + config.describe());
    out.println(TimePlan.of(run).describe());
    out.println(RunOrder.of(run).describe());
    String id = SuiteRuns.register(run);
    ResultCollector results = new ResultCollector();
    JUnitXmlReport junitXml = new JUnitXmlReport(config.reportDir(), Secrets.redactor(config), out);
    try (ReportsOnShutdown onShutdown =
        new ReportsOnShutdown(() -> writeStoppedReports(run, results, junitXml, start))) {
      try {
        Files.createDirectories(config.reportDir());
        Launcher launcher = LauncherFactory.create();
        launcher.execute(
            request(config, id, RunOrder.of(run)),
            new ProgressPrinter(out, config.progress()),
            results,
            junitXml);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create " + config.reportDir(), e);
      } finally {
        SuiteRuns.unregister(id);
      }
      RunSummary summary = summarize(run, results, start, config.reportDir());
      onShutdown.finish(
          () -> {
            junitXml.write();
            writeReports(run, results, summary);
          });
      printTail(run, summary, results.outcomes());
      return summary;
    }
  }

  /** The HTML report and the failed tests' list, scrubbed of secrets (the JUnit XML has none). */
  private static void writeReports(SuiteRun run, ResultCollector results, RunSummary summary) {
    SuiteConfig config = run.config();
    new HtmlReport(run, results.outcomes(), summary).write(summary.htmlReport());
    FailedTestsFile.write(config.reportDir().resolve("failed-tests.yaml"), summary.failures());
    Secrets.scrub(config, config.reportDir());
  }

  /** On SIGTERM (or Ctrl-C) in the middle of a run: the reports of the tests that ended so far. */
  private void writeStoppedReports(
      SuiteRun run, ResultCollector results, JUnitXmlReport junitXml, long start) {
    Path dir = run.config().reportDir();
    try {
      RunSummary summary = summarize(run, results, start, dir);
      junitXml.writeStopped(
          "The run was stopped before the end: this report holds the tests that ended until then ("
              + summary.line()
              + ").");
      writeReports(run, results, summary);
      out.println(
          "crego-conformance: stopped before the end, after "
              + summary.line()
              + "; the reports of what ran are in "
              + dir);
    } catch (RuntimeException e) {
      out.println("crego-conformance: stopped; cannot write the reports in " + dir + ": " + e);
    }
    out.flush();
  }

  /** What a run with these settings would send; nothing is sent (the target kind is as given). */
  public String plan(SuiteConfig config) {
    SuiteRun run = prepare(config, CregoSpec.get(), config.targetKind() == TargetKind.STUB);
    return config.describe() + "\n" + RunPlan.describe(run);
  }

  private static SuiteRun prepare(SuiteConfig config, CregoSpec spec, boolean stub) {
    List<String> problems = new ArrayList<>(Selection.problems(config, spec));
    Deviations deviations = Deviations.none();
    KnownGaps gaps = KnownGaps.none();
    try {
      if (config.deviations() != null) {
        deviations = Deviations.load(config.deviations());
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
      problems.add("--deviations: " + oneLine(e));
    }
    try {
      if (config.knownGaps() != null) {
        gaps = KnownGaps.load(config.knownGaps());
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
      problems.add("--known-gaps: " + oneLine(e));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new SuiteRun(config, spec, stub, deviations, gaps);
  }

  /** An exception's message and its cause's, on one line. */
  private static String oneLine(Exception e) {
    String message = e.getMessage();
    if (e.getCause() != null && e.getCause().getMessage() != null) {
      message += ": " + e.getCause().getMessage();
    }
    return message.replaceAll("\\s*\\R\\s*", " ");
  }

  private static LauncherDiscoveryRequest request(
      SuiteConfig config, String runId, RunOrder order) {
    List<DiscoverySelector> selectors = new ArrayList<>();
    SuiteClasses.ALL.forEach(type -> selectors.add(selectClass(type)));
    LauncherDiscoveryRequestBuilder builder =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectors)
            .configurationParameter(SuiteRuns.PARAMETER, runId)
            .configurationParameters(order.junitParameters())
            .configurationParameter("junit.platform.output.capture.stdout", "false");
    if (!config.includeTags().isEmpty()) {
      builder.filters(TagFilter.includeTags(List.copyOf(config.includeTags())));
    }
    if (!config.excludeTags().isEmpty()) {
      builder.filters(TagFilter.excludeTags(List.copyOf(config.excludeTags())));
    }
    return builder.build();
  }

  private RunSummary summarize(SuiteRun run, ResultCollector results, long start, Path dir) {
    long warnings = 0;
    long violations = 0;
    for (RecordedExchange e : run.exchanges().all()) {
      warnings += e.warnings().size();
      violations += e.violations().size();
    }
    return new RunSummary(
        results.count(TestOutcome.Status.PASSED),
        results.count(TestOutcome.Status.FAILED),
        results.count(TestOutcome.Status.SKIPPED),
        run.knownGapHits().size(),
        warnings,
        violations,
        (System.nanoTime() - start) / 1_000_000,
        dir.resolve("conformance-report.html"),
        results.outcomes().stream().filter(o -> o.status() == TestOutcome.Status.FAILED).toList());
  }

  private void printTail(SuiteRun run, RunSummary summary, List<TestOutcome> outcomes) {
    if (!run.knownGapHits().isEmpty()) {
      out.println(
          "Known gaps still failing: "
              + run.knownGapHits().size()
              + " tests, counted as skipped (each listed in the report):");
      Map<String, List<String>> byReason = new TreeMap<>();
      run.knownGapHits()
          .forEach(
              (test, reason) -> byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(test));
      byReason.forEach(
          (reason, tests) -> {
            Collections.sort(tests);
            out.println("  " + tests.size() + " × " + reason);
            tests.stream().limit(3).forEach(test -> out.println("      e.g. " + test));
          });
    }
    if (!run.knownGapsPassing().isEmpty()) {
      out.println("Known gaps that now pass (remove them from the list):");
      run.knownGapsPassing().forEach((test, reason) -> out.println("  " + test));
    }
    List<String> stale = run.deviations().unused();
    if (!stale.isEmpty()) {
      out.println(
          "Stale deviations (matched no violation of this run; remove them or fix their match): "
              + String.join(", ", stale));
    }
    run.time().movedSummary().ifPresent(out::println);
    TimePlan.skippedForTime(outcomes).ifPresent(out::println);
    if (summary.warnings() > 0) {
      out.println(summary.warnings() + " warnings from known deviations (see the report)");
    }
    out.println(
        "Reports: "
            + summary.htmlReport()
            + " and JUnit XML in "
            + summary.htmlReport().getParent()
            + " ("
            + summary.millis()
            + " ms)");
    out.println(summary.line());
    out.flush();
  }

  /** Whether the target is the stub: as configured, or asked ({@code GET /__admin/health}). */
  private static boolean isStub(SuiteConfig config) {
    if (config.targetKind() != TargetKind.AUTO) {
      return config.targetKind() == TargetKind.STUB;
    }
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpRequest health =
          HttpRequest.newBuilder(URI.create(config.baseUrl() + "/__admin/health"))
              .timeout(Duration.ofSeconds(5))
              .GET()
              .build();
      return client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
