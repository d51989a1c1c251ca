package io.crego.contract.conformance.time;

import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.data.LifecycleWalk;
import io.crego.contract.conformance.data.ResourceKind;
import io.crego.contract.conformance.report.TestOutcome;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How far a run will move the business date, said before it starts. Time moves in two kinds of
 * test: the positive test of each operation marked {@code x-crego-moves-time} (one Run EOD, one
 * day), and every Loan lifecycle test that needs a closed loan — a transition to {@code closed} or
 * an operation tried on a closed loan. Money received settles only what is due, so such a loan is
 * booked with one EMI and Run EOD is called until that EMI falls due, a month later ({@link
 * #DAYS_PER_CLOSED_LOAN}, the longest month).
 */
public final class TimePlan {

  /** Run EOD calls to close a one-EMI loan: its EMI falls due one month after it starts. */
  static final int DAYS_PER_CLOSED_LOAN = 31;

  private static final String CLOSED = "closed";

  private final boolean allowed;
  private final boolean byFlag;
  private final int endOfDayTests;
  private final int closedLoanTests;

  private TimePlan(boolean allowed, boolean byFlag, int endOfDayTests, int closedLoanTests) {
    this.allowed = allowed;
    this.byFlag = byFlag;
    this.endOfDayTests = endOfDayTests;
    this.closedLoanTests = closedLoanTests;
  }

  /** The plan of this run's selection (tags, operations, read-only). */
  public static TimePlan of(SuiteRun run) {
    SuiteConfig config = run.config();
    boolean allowed = run.time().allowed();
    if (config.readOnly()) {
      return new TimePlan(allowed, Boolean.TRUE.equals(config.allowEod()), 0, 0);
    }
    int endOfDays = 0;
    if (runsTag(config, "positive")) {
      for (SpecOperation op : run.spec().operations()) {
        if (run.time().moves(op) && config.selects(op.operationId())) {
          endOfDays++;
        }
      }
    }
    int closedLoans = 0;
    Lifecycle loans = run.spec().lifecycles().get(ResourceKind.LOAN.schema());
    if (runsTag(config, "lifecycle") && loans != null) {
      LifecycleWalk probe = run.fixtures().machine();
      List<String> closedFrom = new ArrayList<>();
      for (Transition t : loans.transitions()) {
        if (CLOSED.equals(t.to())
            && t.operationId() != null
            && config.selects(t.operationId())
            && probe.canApply(ResourceKind.LOAN, t)) {
          closedLoans++;
        }
        if (!t.isCreation()
            && t.operationId() != null
            && config.selects(t.operationId())
            && probe.actsDirectly(ResourceKind.LOAN, t.operationId())
            && !loans.allowedFrom(t.operationId()).contains(CLOSED)
            && !closedFrom.contains(t.operationId())) {
          closedFrom.add(t.operationId()); // tried on a closed loan: 409 expected
        }
      }
      closedLoans += closedFrom.size();
    }
    return new TimePlan(allowed, Boolean.TRUE.equals(config.allowEod()), endOfDays, closedLoans);
  }

  private static boolean runsTag(SuiteConfig config, String tag) {
    return (config.includeTags().isEmpty() || config.includeTags().contains(tag))
        && !config.excludeTags().contains(tag);
  }

  /** Days of business date the run's tests would move, at most. */
  public int days() {
    return endOfDayTests + closedLoanTests * DAYS_PER_CLOSED_LOAN;
  }

  /** The line printed before the run. */
  public String describe() {
    if (days() == 0) {
      return "Time: this run does not move the business date";
    }
    String what =
        closedLoanTests
            + " tests that close a loan (up to "
            + DAYS_PER_CLOSED_LOAN
            + " days each), "
            + endOfDayTests
            + (endOfDayTests == 1 ? " that runs" : " that run")
            + " EOD once";
    if (!allowed) {
      return "Time: the business date stays put: "
          + what
          + " are skipped; --allow-eod runs them, moving the business date of the user's"
          + " company by up to "
          + days()
          + " days";
    }
    return "Time: this run moves the business date of the user's company by up to "
        + days()
        + " days through Run EOD ("
        + what
        + (byFlag ? "; allowed by --allow-eod)" : "; allowed: the target is the stub)");
  }

  /** The tests a run skipped because they would have moved time, for the run's last lines. */
  public static Optional<String> skippedForTime(List<TestOutcome> outcomes) {
    List<String> names =
        outcomes.stream()
            .filter(o -> o.status() == TestOutcome.Status.SKIPPED)
            .filter(o -> o.reason().contains(BusinessTime.NOT_ALLOWED))
            .map(TestOutcome::name)
            .sorted()
            .toList();
    if (names.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text =
        new StringBuilder(
            names.size()
                + " tests skipped because they move the business date (--allow-eod runs"
                + " them); left uncovered:");
    names.forEach(name -> text.append("\n  ").append(name));
    return Optional.of(text.toString());
  }
}
