package io.crego.contract.stub.core;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** operationId → handler. The server refuses to start while any operation of the spec has none. */
public final class HandlerRegistry {

  private final Map<String, OperationHandler> handlers = new LinkedHashMap<>();

  /**
   * Registers the handler of an operation.
   *
   * @throws IllegalStateException when the operation already has one (two groups claiming it is a
   *     wiring bug)
   */
  public HandlerRegistry on(String operationId, OperationHandler handler) {
    OperationHandler previous = handlers.putIfAbsent(operationId, handler);
    if (previous != null) {
      throw new IllegalStateException("Two handlers for operation " + operationId);
    }
    return this;
  }

  public boolean has(String operationId) {
    return handlers.containsKey(operationId);
  }

  public Optional<OperationHandler> get(String operationId) {
    return Optional.ofNullable(handlers.get(operationId));
  }

  /** The operationIds of the spec that have no handler, in spec order. */
  public List<String> missing(CregoSpec spec) {
    return spec.operations().stream()
        .map(SpecOperation::operationId)
        .filter(id -> !handlers.containsKey(id))
        .toList();
  }

  /** The registered operationIds the spec does not have (a renamed or removed operation). */
  public List<String> unknown(CregoSpec spec) {
    return handlers.keySet().stream().filter(id -> spec.operation(id).isEmpty()).toList();
  }
}
