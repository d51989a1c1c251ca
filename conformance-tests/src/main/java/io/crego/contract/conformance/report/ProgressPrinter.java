package io.crego.contract.conformance.report;

import io.crego.contract.conformance.config.Progress;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints one line per test (or per group) while the suite runs, so whoever watches a long run
 * against preprod knows it is alive; failures come with their reason.
 */
public final class ProgressPrinter implements TestExecutionListener {

  private static final int MAX_REASON_LINES = 14;
  private final PrintStream out;
  private final Progress level;
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private final Map<String, AtomicIntegerArray> groupCounts = new ConcurrentHashMap<>();

  public ProgressPrinter(PrintStream out, Progress level) {
    this.out = out;
    this.level = level;
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    started.put(id.getUniqueId(), System.nanoTime());
    if (id.isContainer() && id.getSource().isPresent() && isFactory(id)) {
      groupCounts.put(id.getUniqueId(), new AtomicIntegerArray(3));
      if (level == Progress.TESTS) {
        out.println("== " + id.getDisplayName());
      }
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    line("SKIP", id, 0, reason);
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Long start = started.remove(id.getUniqueId());
    long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
    String reason = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
    String verdict =
        switch (result.getStatus()) {
          case SUCCESSFUL -> "PASS";
          case ABORTED -> "SKIP";
          case FAILED -> "FAIL";
        };
    AtomicIntegerArray counts = groupCounts.remove(id.getUniqueId());
    if (counts != null) {
      if (level == Progress.GROUPS || !verdict.equals("PASS")) {
        out.printf(
            "%s %-60s %d passed, %d failed, %d skipped (%d ms)%n",
            verdict.equals("PASS") ? "DONE" : verdict,
            id.getDisplayName(),
            counts.get(0),
            counts.get(1),
            counts.get(2),
            millis);
        if (!verdict.equals("PASS")) {
          printReason(reason);
        }
      }
      return;
    }
    if (id.isTest()) {
      line(verdict, id, millis, reason);
    }
  }

  private void line(String verdict, TestIdentifier id, long millis, String reason) {
    int slot =
        switch (verdict) {
          case "PASS" -> 0;
          case "FAIL" -> 1;
          default -> 2;
        };
    groupCounts.values().forEach(counts -> counts.incrementAndGet(slot));
    boolean show = level == Progress.TESTS || verdict.equals("FAIL");
    if (!show) {
      return;
    }
    out.printf("%s  %s (%d ms)%n", verdict, id.getDisplayName(), millis);
    if (!verdict.equals("PASS")) {
      printReason(reason);
    }
  }

  private void printReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return;
    }
    String[] lines = reason.split("\n");
    for (int i = 0; i < Math.min(lines.length, MAX_REASON_LINES); i++) {
      out.println("      " + lines[i]);
    }
    if (lines.length > MAX_REASON_LINES) {
      out.println("      … " + (lines.length - MAX_REASON_LINES) + " more lines in the report");
    }
  }

  private static boolean isFactory(TestIdentifier id) {
    return id.getSource()
        .map(s -> s instanceof org.junit.platform.engine.support.descriptor.MethodSource)
        .orElse(false);
  }
}
