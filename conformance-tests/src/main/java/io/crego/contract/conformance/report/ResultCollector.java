package io.crego.contract.conformance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects how every test ended, for the summary line and the HTML report. A group that failed or
 * was skipped as a whole (a test factory that threw, a stub-only group elsewhere) counts once. The
 * outcomes come in the order of a run one group at a time, also when groups ran side by side
 * ({@code --parallel}): by their group's place in the plan, and in the order they ended inside it.
 */
public final class ResultCollector implements TestExecutionListener {

  private final List<Placed> outcomes = new ArrayList<>();
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private TestPlan plan;
  private Groups groups;

  @Override
  public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
    this.plan = testPlan;
    this.groups = Groups.of(testPlan);
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    started.put(id.getUniqueId(), System.nanoTime());
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    add(id, TestOutcome.Status.SKIPPED, reason);
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Optional<TestOutcome.Status> status = counted(id, result);
    if (status.isEmpty()) {
      return;
    }
    String reason =
        result.getThrowable().map(Throwable::getMessage).map(String::valueOf).orElse("");
    add(id, status.get(), reason);
  }

  /**
   * How a finished test or group counts in the summary line, or empty when it does not count: a
   * group that ran counts by its tests (an empty one not at all), the engine never. The JUnit XML
   * counts by the same rule, so its totals are the summary's.
   */
  static Optional<TestOutcome.Status> counted(TestIdentifier id, TestExecutionResult result) {
    TestOutcome.Status status =
        switch (result.getStatus()) {
          case SUCCESSFUL -> TestOutcome.Status.PASSED;
          case ABORTED -> TestOutcome.Status.SKIPPED;
          case FAILED -> TestOutcome.Status.FAILED;
        };
    if (id.isContainer() && status == TestOutcome.Status.PASSED) {
      return Optional.empty();
    }
    if (id.isContainer() && id.getSource().isEmpty()) {
      return Optional.empty(); // the engine root
    }
    return Optional.of(status);
  }

  private synchronized void add(TestIdentifier id, TestOutcome.Status status, String reason) {
    Long start = started.remove(id.getUniqueId());
    long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
    int position = groups == null ? Integer.MAX_VALUE : groups.position(id);
    outcomes.add(
        new Placed(
            position, new TestOutcome(id.getDisplayName(), groupOf(id), status, reason, millis)));
  }

  /** An outcome and its group's place in the plan. */
  private record Placed(int position, TestOutcome outcome) {}

  /** The display name of the test's parent, or "" at the top. */
  public String groupOf(TestIdentifier id) {
    if (plan == null) {
      return "";
    }
    return plan.getParent(id).map(TestIdentifier::getDisplayName).orElse("");
  }

  /** Every outcome so far, in the order of a run one group at a time. */
  public synchronized List<TestOutcome> outcomes() {
    return outcomes.stream()
        .sorted(Comparator.comparingInt(Placed::position)) // stable: in order inside a group
        .map(Placed::outcome)
        .toList();
  }

  public synchronized long count(TestOutcome.Status status) {
    return outcomes.stream().filter(o -> o.outcome().status() == status).count();
  }
}
