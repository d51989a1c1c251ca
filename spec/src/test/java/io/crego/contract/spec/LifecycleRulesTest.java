package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/** Rule 4: every {@code x-crego-lifecycle} table agrees with its status enum and the operations. */
class LifecycleRulesTest {

  private static CregoSpec spec() {
    return CregoSpec.get();
  }

  @Test
  void lifecyclesAreDeclared() {
    assertFalse(
        spec().lifecycles().isEmpty(),
        "no component schema declares x-crego-lifecycle (expected e.g. on Record)");
  }

  @TestFactory
  Stream<DynamicTest> everyLifecycleIsComplete() {
    return spec().lifecycles().values().stream()
        .map(lifecycle -> dynamicTest(lifecycle.schemaName(), () -> check(lifecycle)));
  }

  private static void check(Lifecycle lifecycle) {
    List<String> enumValues = lifecycle.statusEnum();
    List<Executable> checks = new ArrayList<>();
    checks.add(
        () ->
            assertFalse(
                enumValues.isEmpty(),
                "property " + lifecycle.statusField() + " has no enum (directly or via $ref)"));
    Set<String> withoutRow = new LinkedHashSet<>(enumValues);
    withoutRow.removeAll(lifecycle.statuses());
    checks.add(() -> assertEquals(Set.of(), withoutRow, "enum values with no transition"));
    Set<String> notInEnum = new LinkedHashSet<>(lifecycle.statuses());
    notInEnum.removeAll(enumValues);
    checks.add(() -> assertEquals(Set.of(), notInEnum, "states not in the enum " + enumValues));
    for (Transition t : lifecycle.transitions()) {
      checks.add(() -> assertTrue(t.to() != null, "transition without 'to': " + t));
      checks.add(
          () ->
              assertTrue(
                  t.operationId() != null || t.event() != null,
                  "transition names neither operationId nor event: " + t));
      if (t.operationId() != null) {
        checks.add(
            () ->
                assertTrue(
                    spec().operation(t.operationId()).isPresent(),
                    "transition names unknown operationId " + t.operationId()));
      }
    }
    assertAll(lifecycle.schemaName(), checks);
  }
}
