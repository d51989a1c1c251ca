package io.crego.contract.spec;

import java.util.List;

/**
 * One row of a lifecycle's transition table.
 *
 * @param from the state it leaves, or null for the transition that creates the object
 * @param operationId the operation that causes it, or null when an {@code event} does
 * @param event a named event outside this API (e.g. a back-office action), or null
 * @param to the state it enters
 * @param when which of the operation's rows applies ({@link Condition#NONE} when it always does)
 * @param requires what must also hold, or the call is refused ({@link Condition#NONE} for nothing)
 * @param sets the fields the transition sets
 */
public record Transition(
    String from,
    String operationId,
    String event,
    String to,
    Condition when,
    Condition requires,
    List<String> sets) {

  public Transition {
    when = when == null ? Condition.NONE : when;
    requires = requires == null ? Condition.NONE : requires;
    sets = List.copyOf(sets);
  }

  /** A row without conditions. */
  public Transition(String from, String operationId, String event, String to, List<String> sets) {
    this(from, operationId, event, to, Condition.NONE, Condition.NONE, sets);
  }

  /** Whether this transition creates the object rather than moving it. */
  public boolean isCreation() {
    return from == null;
  }
}
