package io.crego.contract.conformance.data;

/**
 * A call the suite made to set up its own data was refused: the test cannot get to what it wants to
 * check, and says exactly which step failed.
 */
public final class PreparationFailure extends AssertionError {

  public PreparationFailure(String message) {
    super(message);
  }

  public PreparationFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
