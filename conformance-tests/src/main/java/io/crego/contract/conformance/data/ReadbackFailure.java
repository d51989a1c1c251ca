package io.crego.contract.conformance.data;

/**
 * An answer or a read back did not show the resource the suite is after: a failure of the test's
 * check when the test made the call, of its setup when the suite called to prepare data (then it
 * becomes a {@link PreparationFailure}).
 */
public final class ReadbackFailure extends AssertionError {

  private final String operationId;

  ReadbackFailure(String operationId, String message) {
    super(message);
    this.operationId = operationId;
  }

  /** The read operation that did not show the resource. */
  public String operationId() {
    return operationId;
  }
}
