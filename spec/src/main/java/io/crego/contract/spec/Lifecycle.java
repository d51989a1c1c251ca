package io.crego.contract.spec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The state machine a schema declares in {@code x-crego-lifecycle}.
 *
 * @param schemaName the component schema, e.g. {@code Record}
 * @param statusField the property that holds the state, e.g. {@code status}
 * @param statusEnum the values the spec's enum allows for that property (empty when the property
 *     has no enum)
 * @param transitions the transition table, in spec order
 */
public record Lifecycle(
    String schemaName, String statusField, List<String> statusEnum, List<Transition> transitions) {

  public Lifecycle {
    statusEnum = List.copyOf(statusEnum);
    transitions = List.copyOf(transitions);
  }

  /** The states this operation may be applied in (creation transitions contribute none). */
  public Set<String> allowedFrom(String operationId) {
    Set<String> states = new LinkedHashSet<>();
    for (Transition t : transitions) {
      if (operationId.equals(t.operationId()) && t.from() != null) {
        states.add(t.from());
      }
    }
    return states;
  }

  /** The transition this operation causes from the given state ({@code null} = creation). */
  public Optional<Transition> transition(String from, String operationId) {
    return transitions.stream()
        .filter(t -> Objects.equals(t.from(), from) && operationId.equals(t.operationId()))
        .findFirst();
  }

  /** The rows of an operation, creations included, in table order. */
  public List<Transition> rowsOf(String operationId) {
    return transitions.stream().filter(t -> operationId.equals(t.operationId())).toList();
  }

  /**
   * The rows another resource's transition causes ({@code when: {via: {resource: Payout, ...}}}),
   * in table order: a topup is disbursed when its payout is processed.
   */
  public List<Transition> rowsVia(String resource) {
    return transitions.stream()
        .filter(t -> t.when().viaResource().filter(v -> resource.equals(v.resource())).isPresent())
        .toList();
  }

  /** The operations that move an existing object (rows with a {@code from}), in table order. */
  public Set<String> movingOperations() {
    Set<String> operations = new LinkedHashSet<>();
    for (Transition t : transitions) {
      if (t.from() != null && t.operationId() != null) {
        operations.add(t.operationId());
      }
    }
    return operations;
  }

  /** The operations that move an existing object into {@code state}, in table order. */
  public Set<String> operationsInto(String state) {
    Set<String> operations = new LinkedHashSet<>();
    for (Transition t : transitions) {
      if (t.from() != null && t.operationId() != null && state.equals(t.to())) {
        operations.add(t.operationId());
      }
    }
    return operations;
  }

  /** Every state the transition table names, as {@code from} or {@code to}, in table order. */
  public Set<String> statuses() {
    Set<String> states = new LinkedHashSet<>();
    transitions.stream()
        .flatMap(t -> Stream.of(t.from(), t.to()))
        .filter(Objects::nonNull)
        .forEach(states::add);
    return states;
  }
}
