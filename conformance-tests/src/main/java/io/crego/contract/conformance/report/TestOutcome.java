package io.crego.contract.conformance.report;

/**
 * How one test (or a group that could not run) ended.
 *
 * @param name the test's display name
 * @param group the group it belongs to (its test factory or container)
 * @param status passed, failed or skipped
 * @param reason the failure message or skip reason ("" when passed)
 * @param durationMillis how long it ran
 */
public record TestOutcome(
    String name, String group, Status status, String reason, long durationMillis) {

  /** How a test ended; aborted and disabled tests are both skipped. */
  public enum Status {
    PASSED,
    FAILED,
    SKIPPED
  }
}
