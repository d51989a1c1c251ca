package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.core.OperationHandler;
import org.junit.jupiter.api.Test;

/**
 * No operation is answered by a fallback: the handlers must cover the spec exactly, or the stub
 * refuses to start and names what is missing (the check {@link StubServer#start} runs before it
 * serves anything).
 */
class MissingHandlerTest {

  private static final CregoSpec SPEC = CregoSpec.get();
  private static final OperationHandler ANY = context -> ApiResponse.noContent();

  private static HandlerRegistry everyOperationBut(String left) {
    HandlerRegistry registry = new HandlerRegistry();
    for (SpecOperation operation : SPEC.operations()) {
      if (!operation.operationId().equals(left)) {
        registry.on(operation.operationId(), ANY);
      }
    }
    return registry;
  }

  @Test
  void aRegistryMissingAHandlerFailsStartUpNamingTheOperation() {
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () ->
                StubServer.requireEveryOperationHandled(
                    everyOperationBut(OperationIds.LIST_RECORDS), SPEC));
    assertTrue(
        failure
            .getMessage()
            .contains("operations of the spec without a handler: [" + OperationIds.LIST_RECORDS),
        failure.getMessage());
    assertFalse(failure.getMessage().contains(OperationIds.PING), failure.getMessage());
  }

  @Test
  void aHandlerForAnOperationTheSpecLacksFailsStartUpToo() {
    HandlerRegistry registry = everyOperationBut("none").on("noSuchOperation", ANY);
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () -> StubServer.requireEveryOperationHandled(registry, SPEC));
    assertTrue(
        failure.getMessage().contains("handlers for operations not in the spec: [noSuchOperation]"),
        failure.getMessage());
  }

  @Test
  void aRegistryCoveringTheSpecStarts() {
    assertDoesNotThrow(
        () -> StubServer.requireEveryOperationHandled(everyOperationBut("none"), SPEC));
  }
}
