package io.crego.contract.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.node.NullNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The suite checks every exchange against the spec: every schema an operation names (request body,
 * responses, parameters) must compile in the shared validator.
 */
class SchemaCoverageTest {

  @TestFactory
  Stream<DynamicTest> everySchemaOfEveryOperationCompiles() {
    return CregoSpec.get().operations().stream()
        .map(op -> dynamicTest(op.operationId(), () -> compilesAll(op)));
  }

  private static void compilesAll(SpecOperation op) {
    List<String> pointers = new ArrayList<>(op.responseSchemas().values());
    if (op.requestBodySchema() != null) {
      pointers.add(op.requestBodySchema());
    }
    op.parameters().stream()
        .map(SpecOperation.Parameter::schema)
        .filter(pointer -> pointer != null)
        .forEach(pointers::add);
    List<Executable> checks = new ArrayList<>();
    for (String pointer : pointers) {
      checks.add(
          () ->
              assertDoesNotThrow(
                  () -> CregoSpec.get().validator().validate(pointer, NullNode.getInstance()),
                  pointer));
    }
    assertAll(op.operationId(), checks);
  }
}
