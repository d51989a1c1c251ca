package io.crego.contract.stub.core;

/** What the dispatcher does with a response that breaks the contract. */
public enum ResponseCheck {
  /** Not checked (no cost per call). */
  OFF,
  /** Checked; a breach is logged and the response is sent as it is. */
  LOG,
  /** Checked; a breach is logged and answered as a 500 that names it (for tests). */
  ENFORCE
}
