package io.crego.contract.conformance.suite;

import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.spec.SpecOperation;
import java.util.Set;
import java.util.stream.Stream;

/** The operations a run tests, and facts about them the tests share. */
final class Operations {

  /**
   * GETs that change state: Re Run Checks ("the docs make this a GET although it changes state").
   * Read-only runs never send them.
   */
  private static final Set<String> UNSAFE_GETS = Set.of("reRunTopupChecks");

  private Operations() {}

  /** The operations selected for this run (all, or those given with --operations). */
  static Stream<SpecOperation> selected(SuiteRun run) {
    return run.spec().operations().stream()
        .filter(op -> run.config().selects(op.operationId()))
        .filter(op -> !run.config().readOnly() || isSafe(op));
  }

  static boolean isSafe(SpecOperation op) {
    return op.method().equals("GET") && !UNSAFE_GETS.contains(op.operationId());
  }

  /** The success status the operation declares (the lowest 2xx). */
  static int success(SpecOperation op) {
    return op.responseCodes().stream().filter(c -> c / 100 == 2).sorted().findFirst().orElse(200);
  }
}
