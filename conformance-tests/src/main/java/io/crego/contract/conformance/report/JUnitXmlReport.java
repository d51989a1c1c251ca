package io.crego.contract.conformance.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes {@code TEST-junit-jupiter.xml} while the suite runs: each test case named by what it
 * checks (its display name, e.g. {@code auth listSettlements with a bad token → 401}), in a {@code
 * classname} that is its group ({@code AuthTests.protectedOperationsRefuseMissingAndBadTokens}), so
 * names stay the same whatever the filters select. Tests count as in the summary line (an empty
 * group is no test; a known gap is skipped). The file is rewritten after each group and at most
 * every second in between, and {@link #writeStopped} writes it when the run is stopped (SIGTERM),
 * so a killed run still shows what ran.
 */
public final class JUnitXmlReport implements TestExecutionListener {

  /** The file's name in the report folder; users script against it. */
  public static final String FILE_NAME = "TEST-junit-jupiter.xml";

  private static final String RUN_NAME = "crego-conformance";
  private static final long WRITE_INTERVAL_NANOS = 1_000_000_000L;

  private final JUnitXmlFile file;
  private final PrintStream warnings;
  private final Map<String, Long> started = new HashMap<>();
  private final Map<String, GroupCases> groups = new LinkedHashMap<>();
  private Groups plan;
  private LocalDateTime runStarted = LocalDateTime.now();
  private long runStartNanos = System.nanoTime();
  private long lastWriteNanos;
  private boolean warned;
  private boolean stopped;

  /**
   * @param dir the report folder
   * @param redact applied to every text written (replaces the run's secrets)
   * @param warnings where a failed write in the middle of the run is reported (once)
   */
  public JUnitXmlReport(Path dir, UnaryOperator<String> redact, PrintStream warnings) {
    this.file = new JUnitXmlFile(dir.resolve(FILE_NAME), redact);
    this.warnings = warnings;
  }

  @Override
  public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
    plan = Groups.of(testPlan);
    runStarted = LocalDateTime.now();
    runStartNanos = System.nanoTime();
    lastWriteNanos = runStartNanos;
  }

  @Override
  public synchronized void executionStarted(TestIdentifier id) {
    started.put(id.getUniqueId(), System.nanoTime());
    if (plan != null && plan.isGroup(id)) {
      groups.computeIfAbsent(plan.nameOf(id, RUN_NAME), name -> new GroupCases(name, id));
    }
  }

  @Override
  public synchronized void executionSkipped(TestIdentifier id, String reason) {
    add(id, new Ending(JUnitCase.Verdict.SKIPPED, reason, null));
    afterEnd(id);
  }

  @Override
  public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Optional<TestOutcome.Status> status = ResultCollector.counted(id, result);
    if (status.isPresent()) {
      Throwable thrown = result.getThrowable().orElse(null);
      JUnitCase.Verdict verdict =
          switch (status.get()) {
            case PASSED -> JUnitCase.Verdict.PASSED;
            case SKIPPED -> JUnitCase.Verdict.SKIPPED;
            case FAILED ->
                thrown instanceof AssertionError || thrown == null
                    ? JUnitCase.Verdict.FAILURE
                    : JUnitCase.Verdict.ERROR;
          };
      String reason = thrown == null ? "" : String.valueOf(thrown.getMessage());
      add(id, new Ending(verdict, reason, thrown));
    }
    afterEnd(id);
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
    if (!stopped) {
      writeOrWarn();
    }
  }

  /**
   * Writes the file now with what ended so far.
   *
   * @throws UncheckedIOException when it cannot be written
   */
  public synchronized void write() {
    if (!stopped) {
      write(null);
    }
  }

  /**
   * Writes the file with what ended so far, for a run that is being stopped, and writes it no more:
   * the tests still running while the JVM stops are not in the other reports either.
   *
   * @param note a comment at the top of the file: why it is partial
   * @throws UncheckedIOException when it cannot be written
   */
  public synchronized void writeStopped(String note) {
    stopped = true;
    write(note);
  }

  private void write(String note) {
    try {
      List<JUnitSuite> suites = new ArrayList<>();
      List<GroupCases> inPlanOrder = new ArrayList<>(groups.values());
      inPlanOrder.sort(Comparator.comparingInt(group -> group.position)); // stable
      for (GroupCases group : inPlanOrder) {
        if (!group.cases.isEmpty()) { // a group that yielded no test is no test case
          suites.add(group.suite());
        }
      }
      double seconds = (System.nanoTime() - runStartNanos) / 1e9;
      file.write(RUN_NAME, runStarted, seconds, suites, note);
      lastWriteNanos = System.nanoTime();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the JUnit XML " + file.path(), e);
    }
  }

  public Path path() {
    return file.path();
  }

  private void afterEnd(TestIdentifier id) {
    if (stopped) {
      return;
    }
    boolean groupEnded = id.isContainer() && plan != null && !plan.within(id).isEmpty();
    if (groupEnded || System.nanoTime() - lastWriteNanos >= WRITE_INTERVAL_NANOS) {
      writeOrWarn();
    }
  }

  /** A write in the middle of the run that fails must not stop the run: say so once. */
  private void writeOrWarn() {
    try {
      write(null);
    } catch (UncheckedIOException e) {
      if (!warned) {
        warned = true;
        warnings.println("crego-conformance: " + e.getMessage() + ": " + e.getCause().getMessage());
      }
    }
  }

  private void add(TestIdentifier id, Ending ending) {
    Long start = started.remove(id.getUniqueId());
    double seconds = start == null ? 0 : (System.nanoTime() - start) / 1e9;
    String group = plan == null ? RUN_NAME : plan.nameOf(id, RUN_NAME);
    String name = plan == null ? id.getDisplayName() : plan.caseName(id);
    groups.computeIfAbsent(group, g -> new GroupCases(g, id)).add(name, seconds, ending);
  }

  /** How a test ended, before it is named. */
  private record Ending(JUnitCase.Verdict verdict, String reason, Throwable thrown) {

    JUnitCase named(String name, double seconds) {
      String message = verdict == JUnitCase.Verdict.PASSED ? "" : firstLine(reason);
      boolean failed = verdict == JUnitCase.Verdict.FAILURE || verdict == JUnitCase.Verdict.ERROR;
      String type = failed && thrown != null ? thrown.getClass().getName() : "";
      String detail = failed ? reason : "";
      if (verdict == JUnitCase.Verdict.ERROR) {
        // an error is the suite's own trouble, not the target's: where it happened matters
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        detail = trace.toString();
      }
      return new JUnitCase(name, seconds, verdict, message, type, detail);
    }

    private static String firstLine(String text) {
      String line = text == null ? "" : text.strip();
      int newline = line.indexOf('\n');
      return newline < 0 ? line : line.substring(0, newline).strip() + " …";
    }
  }

  /**
   * The cases of one group so far; a name used twice gets " (2)", " (3)" in the order ended. The
   * groups are written in the order of a run one group at a time, also when they ran side by side.
   */
  private final class GroupCases {

    private final String name;
    private final int position;
    private final LocalDateTime started = LocalDateTime.now();
    private final List<JUnitCase> cases = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    /**
     * @param first the first test or group of it that started or ended: gives its place
     */
    GroupCases(String name, TestIdentifier first) {
      this.name = name;
      this.position = plan == null ? Integer.MAX_VALUE : plan.position(first);
    }

    void add(String caseName, double seconds, Ending ending) {
      String unique = caseName;
      for (int n = 2; !names.add(unique); n++) {
        unique = caseName + " (" + n + ")";
      }
      cases.add(ending.named(unique, seconds));
    }

    JUnitSuite suite() {
      return new JUnitSuite(name, started, cases);
    }
  }
}
