package io.crego.contract.conformance.config;

/** What the suite is pointed at; decides whether the {@code stub-only} tests run. */
public enum TargetKind {
  /** Ask the target: a stub answers {@code GET /__admin/health} with 200. */
  AUTO,
  STUB,
  OTHER
}
