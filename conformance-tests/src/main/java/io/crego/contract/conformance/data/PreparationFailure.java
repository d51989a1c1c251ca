package io.crego.contract.conformance.data;

import io.crego.contract.conformance.http.ApiResult;

/**
 * A call the suite made to set up a test's data failed: the test cannot get to what it wants to
 * check. The message starts {@code setup failed: <operationId> …}, naming the operation whose call
 * failed (not the one the test is about), so that one broken operation reads as one root cause in
 * the report instead of hundreds of unrelated failures. Its first line is the cause; what the suite
 * was doing and the body follow on the next lines.
 */
public final class PreparationFailure extends AssertionError {

  private static final String PREFIX = "setup failed: ";

  private final String operationId;

  /**
   * @param operationId the operation whose call failed, or null when no call did (the suite could
   *     not find a way to the data it needs)
   * @param detail what went wrong; when it does not start with the operation, it is named first
   */
  public PreparationFailure(String operationId, String detail) {
    this(operationId, detail, null);
  }

  public PreparationFailure(String operationId, String detail, Throwable cause) {
    super(PREFIX + named(operationId, detail), cause);
    this.operationId = operationId;
  }

  /** A preparation call answered, but not with a success. */
  public static PreparationFailure refused(ApiResult answer, String purpose) {
    return new PreparationFailure(
        answer.call().operationId(),
        answer.describe() + "\n  while " + purpose + "\n  body: " + answer.excerpt());
  }

  /** The operation whose call failed, or null. */
  public String operationId() {
    return operationId;
  }

  /** Whether a failure message is one of a setup failure. */
  public static boolean describes(String message) {
    return message != null && message.startsWith(PREFIX);
  }

  private static String named(String operationId, String detail) {
    if (operationId == null || detail.startsWith(operationId + " ")) {
      return detail;
    }
    return operationId + ": " + detail;
  }
}
