package io.crego.contract.conformance.suite;

import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.spec.SpecOperation;
import java.util.stream.Stream;

/** The operations a run tests, and facts about them the tests share. */
final class Operations {

  private Operations() {}

  /** The operations selected for this run (all, or those given with --operations). */
  static Stream<SpecOperation> selected(SuiteRun run) {
    return run.spec().operations().stream()
        .filter(op -> run.config().selects(op.operationId()))
        .filter(op -> !run.config().readOnly() || isSafe(op));
  }

  /**
   * A read that changes nothing: the spec marks the GETs that do ({@code x-crego-changes-state}).
   */
  static boolean isSafe(SpecOperation op) {
    return !op.changesState();
  }

  /** The success status the operation declares (the lowest 2xx). */
  static int success(SpecOperation op) {
    return op.responseCodes().stream().filter(c -> c / 100 == 2).sorted().findFirst().orElse(200);
  }
}
