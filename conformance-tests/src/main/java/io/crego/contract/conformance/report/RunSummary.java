package io.crego.contract.conformance.report;

import java.nio.file.Path;
import java.util.List;

/**
 * The verdict of a run.
 *
 * @param passed tests that passed
 * @param failed tests (or groups) that failed
 * @param skipped tests (or groups) skipped, known gaps included
 * @param knownGaps failures reported as known gaps (counted in skipped)
 * @param warnings violations matched by known deviations
 * @param violations contract violations that failed tests
 * @param millis how long the run took
 * @param htmlReport where the HTML report is
 * @param failures the tests (or groups) that failed, with why
 */
public record RunSummary(
    long passed,
    long failed,
    long skipped,
    long knownGaps,
    long warnings,
    long violations,
    long millis,
    Path htmlReport,
    List<TestOutcome> failures) {

  public RunSummary {
    failures = List.copyOf(failures);
  }

  /** The last line a run prints: {@code N passed, N failed, N skipped}. */
  public String line() {
    return passed + " passed, " + failed + " failed, " + skipped + " skipped";
  }

  public boolean succeeded() {
    return failed == 0;
  }
}
