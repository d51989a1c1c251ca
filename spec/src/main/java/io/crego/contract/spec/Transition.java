package io.crego.contract.spec;

import java.util.List;

/**
 * One row of a lifecycle's transition table.
 *
 * @param from the state it leaves, or null for the transition that creates the object
 * @param operationId the operation that causes it, or null when an {@code event} does
 * @param event a named event outside this API (e.g. a back-office action), or null
 * @param to the state it enters
 * @param when free-text condition, or null
 * @param sets the fields the transition sets
 */
public record Transition(
    String from, String operationId, String event, String to, String when, List<String> sets) {

  public Transition {
    sets = List.copyOf(sets);
  }

  /** Whether this transition creates the object rather than moving it. */
  public boolean isCreation() {
    return from == null;
  }
}
