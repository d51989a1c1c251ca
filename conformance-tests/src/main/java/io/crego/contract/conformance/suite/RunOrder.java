package io.crego.contract.conformance.suite;

import io.crego.contract.conformance.SuiteRun;
import java.util.Map;

/**
 * Whether a run's groups go one at a time or two at a time ({@code --parallel}), and how the JUnit
 * Platform is told. One at a time, every class runs in the order of {@link SuiteClasses#ALL}.
 *
 * <p>Two at a time, JUnit Jupiter's parallel execution on two threads: the classes marked
 * {@code @Execution(CONCURRENT)} run on the second thread while the first runs the others in order
 * (the positive tests, then the lifecycle walk); {@code @Isolated} classes (the list tests) start
 * only once all of those have ended. A class goes beside the walk only when what it checks holds
 * whatever the business date and whatever the other tests make: Run EOD moves the date under the
 * positive and lifecycle tests' loans (EMIs fall due, excess is applied), and a list walked page by
 * page must not grow in between. Inside a class, tests still run one after another ({@code
 * SAME_THREAD} on each factory). The verdict is the same either way; the reports and the progress
 * lines keep the order of a run one at a time.
 *
 * <p>By default two at a time only against the stub: against a shared environment the suite keeps
 * to one request at a time, the load and the order its users know.
 */
public final class RunOrder {

  private static final int THREADS = 2;

  private final boolean parallel;
  private final boolean byFlag;

  private RunOrder(boolean parallel, boolean byFlag) {
    this.parallel = parallel;
    this.byFlag = byFlag;
  }

  /** The order of this run: as {@code --parallel} says, else two at a time against the stub. */
  public static RunOrder of(SuiteRun run) {
    Boolean given = run.config().parallel();
    return new RunOrder(given != null ? given : run.targetIsStub(), given != null);
  }

  public boolean parallel() {
    return parallel;
  }

  /** The JUnit Platform configuration parameters of this order. */
  public Map<String, String> junitParameters() {
    if (!parallel) {
      return Map.of("junit.jupiter.execution.parallel.enabled", "false");
    }
    String threads = String.valueOf(THREADS);
    return Map.of(
        "junit.jupiter.execution.parallel.enabled", "true",
        // only the classes marked CONCURRENT leave the first thread; their tests stay in order
        "junit.jupiter.execution.parallel.mode.default", "same_thread",
        "junit.jupiter.execution.parallel.mode.classes.default", "same_thread",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", threads,
        "junit.jupiter.execution.parallel.config.fixed.max-pool-size", threads);
  }

  /** The line printed before the run. */
  public String describe() {
    if (!parallel) {
      return "Order: one test at a time"
          + (byFlag ? " (--parallel false)" : "; --parallel runs independent groups two at a time");
    }
    return "Order: the groups that neither read the business date nor count what others make run"
        + " on a second thread, beside the positive and lifecycle tests"
        + (byFlag ? " (--parallel)" : " (the target is the stub; --parallel false turns it off)");
  }
}
