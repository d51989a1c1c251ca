package io.crego.contract.conformance.report;

import io.crego.contract.conformance.config.Progress;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per test (or per group) while the suite runs, so whoever watches a long run
 * against preprod knows it is alive and how far it got; failures come with their reason. Each line
 * ends with the position, e.g. {@code [12/41 groups, 340 tests, ~25 s left]}: the groups (test
 * factories) are known when the run starts, their tests only as they run, so the time left is
 * estimated from the time per group that ended ("estimating…" until one has). Groups that run
 * beside others ({@code --parallel}) are printed in the order of a run one group at a time ({@link
 * PlanOrder}): a group's lines wait until the groups before it have ended, and the position counts
 * what has been printed.
 */
public final class ProgressPrinter implements TestExecutionListener {

  private static final int MAX_REASON_LINES = 14;
  private final PrintStream out;
  private final Progress level;
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private final Map<String, AtomicIntegerArray> groupCounts = new ConcurrentHashMap<>();
  private final Set<String> groupsEnded = ConcurrentHashMap.newKeySet();
  private final AtomicLong testsEnded = new AtomicLong();

  /**
   * Groups of the plan that ended without a test: they leave the count, as they leave the JUnit
   * XML. Only the plan's own groups: a container a group makes as it runs is not one of them.
   */
  private final Set<String> emptyGroups = ConcurrentHashMap.newKeySet();

  private volatile Groups groups;
  private volatile PlanOrder order;
  private volatile long runStartNanos;

  public ProgressPrinter(PrintStream out, Progress level) {
    this.out = out;
    this.level = level;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    groups = Groups.of(testPlan);
    order = new PlanOrder(groups.inOrder());
    runStartNanos = System.nanoTime();
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    PlanOrder plan = order;
    if (plan != null) {
      plan.finish();
    }
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    started.put(id.getUniqueId(), System.nanoTime());
    if (id.isContainer() && id.getSource().isPresent() && isFactory(id)) {
      handOn(
          id,
          Set.of(),
          () -> {
            groupCounts.put(id.getUniqueId(), new AtomicIntegerArray(3));
            if (level == Progress.TESTS) {
              out.println("== " + id.getDisplayName());
            }
          });
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    handOn(
        id,
        endedWith(id),
        () -> {
          testsEnded.incrementAndGet();
          ended(id);
          line("SKIP", id, 0, reason);
        });
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Long start = started.remove(id.getUniqueId());
    long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
    handOn(id, endedWith(id), () -> finished(id, result, millis));
  }

  private void finished(TestIdentifier id, TestExecutionResult result, long millis) {
    if (ResultCollector.counted(id, result).isPresent()) {
      testsEnded.incrementAndGet();
    }
    ended(id);
    String reason = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
    String verdict =
        switch (result.getStatus()) {
          case SUCCESSFUL -> "PASS";
          case ABORTED -> "SKIP";
          case FAILED -> "FAIL";
        };
    AtomicIntegerArray counts = groupCounts.remove(id.getUniqueId());
    if (counts != null && counts.get(0) + counts.get(1) + counts.get(2) == 0) {
      Groups plan = groups;
      if (plan != null && plan.isGroup(id)) {
        emptyGroups.add(id.getUniqueId());
      }
      if (verdict.equals("PASS")) {
        return; // no test of this run's selection is in it: nothing to report
      }
    }
    if (counts != null) {
      if (level == Progress.GROUPS || !verdict.equals("PASS")) {
        out.printf(
            "%s %-60s %d passed, %d failed, %d skipped (%d ms) %s%n",
            verdict.equals("PASS") ? "DONE" : verdict,
            id.getDisplayName(),
            counts.get(0),
            counts.get(1),
            counts.get(2),
            millis,
            position());
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

  /** Runs {@code print} in the order of a run one group at a time (before the plan: at once). */
  private void handOn(TestIdentifier id, Set<String> endedWithIt, Runnable print) {
    PlanOrder plan = order;
    Groups all = groups;
    if (plan == null || all == null) {
      print.run();
      return;
    }
    plan.handOn(all.slotOf(id).orElse(null), endedWithIt, print);
  }

  /** The groups that end when {@code id} does: a group's own end, or a class's as a whole. */
  private Set<String> endedWith(TestIdentifier id) {
    Groups all = groups;
    return all != null && id.isContainer() ? all.within(id) : Set.of();
  }

  private void line(String verdict, TestIdentifier id, long millis, String reason) {
    int slot =
        switch (verdict) {
          case "PASS" -> 0;
          case "FAIL" -> 1;
          default -> 2;
        };
    Groups all = groups;
    AtomicIntegerArray counts =
        all == null ? null : all.groupOf(id).map(groupCounts::get).orElse(null);
    if (counts != null) {
      counts.incrementAndGet(slot);
    }
    boolean show = level == Progress.TESTS || verdict.equals("FAIL");
    if (!show) {
      return;
    }
    out.printf("%s  %s (%d ms) %s%n", verdict, id.getDisplayName(), millis, position());
    if (!verdict.equals("PASS")) {
      printReason(reason);
    }
  }

  private void ended(TestIdentifier id) {
    Groups plan = groups;
    if (plan != null && id.isContainer()) {
      groupsEnded.addAll(plan.within(id));
    }
  }

  /** {@code [12/41 groups, 340 tests, ~25 s left]}. */
  private String position() {
    Groups plan = groups;
    if (plan == null) {
      return "";
    }
    int total = plan.size() - emptyGroups.size();
    int ended = groupsEnded.size() - emptyGroups.size();
    String position = "[" + ended + "/" + total + " groups, " + testsEnded.get() + " tests";
    if (ended <= 0) {
      return position + ", estimating…]";
    }
    if (ended >= total) {
      return position + "]";
    }
    long elapsed = System.nanoTime() - runStartNanos;
    long leftSeconds = Math.round(elapsed / 1e9 / ended * (total - ended));
    return position + ", ~" + duration(leftSeconds) + " left]";
  }

  /** {@code 25 s}, {@code 4 min}, {@code 1 h 5 min}. */
  private static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = Math.round(seconds / 60.0);
    if (minutes < 60) {
      return minutes + " min";
    }
    return minutes / 60 + " h " + minutes % 60 + " min";
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
