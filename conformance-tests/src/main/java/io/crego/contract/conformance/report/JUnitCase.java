package io.crego.contract.conformance.report;

/**
 * One {@code <testcase>} of the JUnit XML.
 *
 * @param name what it checks (unique in its group)
 * @param seconds how long it ran
 * @param verdict how it ended
 * @param message the first line of the failure or the skip reason ("" when it passed)
 * @param type the class of the failure ("" unless it failed)
 * @param detail the whole failure message, with the stack trace for an error ("" unless it failed)
 */
record JUnitCase(
    String name, double seconds, Verdict verdict, String message, String type, String detail) {

  /** A failure is a broken expectation (an assertion); an error is anything else thrown. */
  enum Verdict {
    PASSED,
    FAILURE,
    ERROR,
    SKIPPED
  }
}
