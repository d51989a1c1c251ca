package io.crego.contract.stub.examples;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.DeclaredResponses;
import io.crego.contract.stub.core.HandlerRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers the operations that have no domain behaviour yet with their success response from the
 * spec: the first 2xx the operation declares, with that response's example as the body. Stateless:
 * every call gets the same answer, inside the contract.
 */
public final class ExampleResponder {

  private final CregoSpec spec;
  private final DeclaredResponses declared;

  public ExampleResponder(CregoSpec spec, DeclaredResponses declared) {
    this.spec = spec;
    this.declared = declared;
  }

  /**
   * Registers an example handler for every operation of the spec that has no handler yet.
   *
   * @return the operationIds it registered, in spec order
   */
  public List<String> fillGaps(HandlerRegistry registry) {
    List<String> filled = new ArrayList<>();
    for (SpecOperation operation : spec.operations()) {
      if (registry.has(operation.operationId())) {
        continue;
      }
      Optional<ApiResponse> success =
          declared.successStatus(operation).flatMap(status -> declared.example(operation, status));
      if (success.isPresent()) {
        ApiResponse response = success.get();
        registry.on(operation.operationId(), context -> response);
        filled.add(operation.operationId());
      }
    }
    return filled;
  }
}
