package io.crego.contract.conformance.cli;

/**
 * The target cannot be tested at all: it does not answer, or it refuses the run's credentials.
 * Checked once before the tests, so one clear reason replaces hundreds of identical failures.
 */
public final class TargetUnavailableException extends RuntimeException {

  public TargetUnavailableException(String message) {
    super(message);
  }
}
