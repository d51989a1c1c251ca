package io.crego.contract.conformance.suite;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.data.Fixtures;
import io.crego.contract.conformance.data.LifecycleWalk;
import io.crego.contract.conformance.data.ResourceKind;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.Transition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The spec's {@code x-crego-lifecycle} tables, walked through the public API: every allowed
 * transition is applied (the state changes, the fields it sets are set, a GET afterwards agrees),
 * and every operation of a lifecycle is tried in each state it has no row for (409 and the state
 * unchanged). Transitions that happen outside the API are listed as skipped, with their event.
 */
@ConformanceSuite
@Tag("lifecycle")
class LifecycleTests {

  @TestFactory
  Stream<DynamicNode> lifecycleTablesAreWalked(SuiteRun run) {
    if (run.config().readOnly()) {
      return Stream.empty();
    }
    List<DynamicNode> groups = new ArrayList<>();
    run.spec()
        .lifecycles()
        .forEach(
            (schema, lifecycle) ->
                ResourceKind.ofSchema(schema)
                    .ifPresent(
                        kind -> {
                          List<DynamicNode> tests = new ArrayList<>();
                          tests.addAll(allowed(run, kind, lifecycle));
                          tests.addAll(forbidden(run, kind, lifecycle));
                          if (!tests.isEmpty()) {
                            groups.add(DynamicContainer.dynamicContainer(schema, tests));
                          }
                        }));
    return groups.stream();
  }

  private static List<DynamicNode> allowed(SuiteRun run, ResourceKind kind, Lifecycle lc) {
    List<DynamicNode> tests = new ArrayList<>();
    for (Transition t : lc.transitions()) {
      if (t.operationId() != null && !run.config().selects(t.operationId())) {
        continue;
      }
      String name = "lifecycle " + label(lc, t);
      run.registerLifecycleTest(name, label(lc, t));
      tests.add(
          dynamicTest(
              name,
              () -> {
                Fixtures fixtures = run.fixtures();
                LifecycleWalk machine = fixtures.machine();
                Assumptions.assumeTrue(machine.canApply(kind, t), () -> machine.whyNot(kind, t));
                new TransitionCheck(fixtures, lc, kind, t).run();
              }));
    }
    return tests;
  }

  private static List<DynamicNode> forbidden(SuiteRun run, ResourceKind kind, Lifecycle lc) {
    Fixtures probe = run.fixtures();
    Set<String> operations = new LinkedHashSet<>();
    for (Transition t : lc.transitions()) {
      if (!t.isCreation()
          && t.operationId() != null
          && run.config().selects(t.operationId())
          && probe.machine().actsDirectly(kind, t.operationId())) {
        operations.add(t.operationId());
      }
    }
    Set<String> states = new LinkedHashSet<>(lc.statusEnum());
    states.addAll(lc.statuses());
    List<DynamicNode> tests = new ArrayList<>();
    for (String op : operations) {
      Set<String> allowedFrom = lc.allowedFrom(op);
      for (String state : states) {
        if (allowedFrom.contains(state)) {
          continue;
        }
        String label = lc.schemaName() + ": " + op + " from " + state + " → 409";
        String name = "lifecycle " + label;
        run.registerLifecycleTest(name, label);
        tests.add(
            dynamicTest(
                name,
                () -> new ForbiddenTransitionCheck(run.fixtures(), lc, kind, op, state).run()));
      }
    }
    return tests;
  }

  static String label(Lifecycle lc, Transition t) {
    String from = t.isCreation() ? "(new)" : t.from();
    String cause = t.operationId() != null ? "via " + t.operationId() : "on event " + t.event();
    String when = t.when().isEmpty() ? "" : " [when " + t.when().describe() + "]";
    return lc.schemaName() + ": " + from + " → " + t.to() + " " + cause + when;
  }
}
