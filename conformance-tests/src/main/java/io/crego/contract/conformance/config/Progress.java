package io.crego.contract.conformance.config;

/** How much the runner prints while it runs. */
public enum Progress {
  /** One line per test. */
  TESTS,
  /** One line per group of tests (a test factory). */
  GROUPS
}
