package io.crego.contract.stub.lifecycle;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.Transition;
import io.crego.contract.stub.api.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A resource's lifecycle, read from the spec's {@code x-crego-lifecycle} table and keyed by the
 * generated status enum: the table is data, never copied by hand. Building one fails when the table
 * and the enum disagree (a status without a row, a row naming a status the enum lacks), so a spec
 * change that breaks a lifecycle stops the stub at start-up.
 *
 * <p>The machine only answers; it changes nothing. Handlers ask it inside the store's unit of work
 * that also writes the new status, so two concurrent transitions of one resource are serialised and
 * the second one sees the first one's result.
 *
 * <p>Where a state has several rows for one operation (rows with {@code when} conditions, e.g. a
 * NACH answer {@code success} → processed, {@code bounced} → bounced), the handler evaluates the
 * condition, names the target, and the machine checks that {@code (from, operationId) → to} is a
 * row.
 *
 * @param <S> the generated status enum, e.g. {@code RecordStatus}
 */
public final class TransitionGuard<S extends Enum<S>> {

  private final Lifecycle lifecycle;
  private final String resource;
  private final Map<String, S> byValue = new LinkedHashMap<>();

  private TransitionGuard(Lifecycle lifecycle, Class<S> states, CregoSpec spec) {
    this.lifecycle = lifecycle;
    this.resource = resourceName(lifecycle.schemaName());
    for (S state : states.getEnumConstants()) {
      byValue.put(state.toString(), state);
    }
    List<String> problems = problems(spec);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The lifecycle of "
              + lifecycle.schemaName()
              + " does not fit "
              + states.getSimpleName()
              + ": "
              + String.join("; ", problems));
    }
  }

  /**
   * The machine of a schema of the spec on the classpath, e.g. {@code ("Record",
   * RecordStatus.class)}.
   */
  public static <S extends Enum<S>> TransitionGuard<S> forSchema(
      String schemaName, Class<S> states) {
    return forSchema(CregoSpec.get(), schemaName, states);
  }

  public static <S extends Enum<S>> TransitionGuard<S> forSchema(
      CregoSpec spec, String schemaName, Class<S> states) {
    Lifecycle lifecycle = spec.lifecycles().get(schemaName);
    if (lifecycle == null) {
      throw new IllegalArgumentException("The spec declares no lifecycle for " + schemaName);
    }
    return new TransitionGuard<>(lifecycle, states, spec);
  }

  /** A machine for a lifecycle built by hand (tests); its operations are checked against spec. */
  static <S extends Enum<S>> TransitionGuard<S> of(
      Lifecycle lifecycle, Class<S> states, CregoSpec spec) {
    return new TransitionGuard<>(lifecycle, states, spec);
  }

  /** How errors name the resource: the schema in snake case, e.g. {@code record}. */
  public String resource() {
    return resource;
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  /** The status a resource created by this operation starts in (its one creation row). */
  public S created(String operationId) {
    List<Transition> rows = rows(null, operationId);
    if (rows.size() != 1) {
      throw new IllegalStateException(
          operationId + " has " + rows.size() + " creation rows for " + resource + ": name one");
    }
    return state(rows.get(0).to());
  }

  /**
   * The status the operation moves a resource in {@code current} to, when the table has exactly one
   * row for them.
   *
   * @throws ApiException 409 {@code TRANSITION_NOT_ALLOWED} when the table has no row
   * @throws IllegalStateException when it has several: the handler must name the target
   */
  public S next(String operationId, S current) {
    List<Transition> rows = rows(value(current), operationId);
    if (rows.isEmpty()) {
      throw notAllowed(operationId, current, allowedFrom(operationId));
    }
    Set<String> targets = new LinkedHashSet<>();
    rows.forEach(row -> targets.add(row.to()));
    if (targets.size() > 1) {
      throw new IllegalStateException(
          operationId + " from " + current + " leads to " + targets + ": name the target");
    }
    return state(rows.get(0).to());
  }

  /**
   * Checks that the table has the row {@code (current, operationId) → target} and returns the
   * target.
   *
   * @throws ApiException 409 {@code TRANSITION_NOT_ALLOWED}, listing the states from which this
   *     operation does lead to {@code target}, when the row is missing
   * @throws IllegalStateException when no row of the table leads there by this operation (a handler
   *     bug, not a client error)
   */
  public S next(String operationId, S current, S target) {
    List<S> sources = allowedFrom(operationId, target);
    if (sources.isEmpty()) {
      throw new IllegalStateException(
          "No row of the " + resource + " lifecycle leads to " + target + " by " + operationId);
    }
    if (!sources.contains(current)) {
      throw notAllowed(operationId, current, sources);
    }
    return target;
  }

  public boolean allows(String operationId, S current) {
    return !rows(value(current), operationId).isEmpty();
  }

  /** The states the operation may be applied in, in table order. */
  public List<S> allowedFrom(String operationId) {
    return states(lifecycle.allowedFrom(operationId));
  }

  /** The states from which the operation leads to {@code target}, in table order. */
  public List<S> allowedFrom(String operationId, S target) {
    Set<String> sources = new LinkedHashSet<>();
    for (Transition row : lifecycle.transitions()) {
      if (operationId.equals(row.operationId())
          && row.from() != null
          && row.to().equals(value(target))) {
        sources.add(row.from());
      }
    }
    return states(sources);
  }

  /** The operations that move an existing resource (rows with a {@code from}), in table order. */
  public List<String> transitionOperations() {
    Set<String> operations = new LinkedHashSet<>();
    for (Transition row : lifecycle.transitions()) {
      if (row.from() != null && row.operationId() != null) {
        operations.add(row.operationId());
      }
    }
    return List.copyOf(operations);
  }

  /** The 409 a handler throws for this operation in a state the table has no row for. */
  public ApiException notAllowed(String operationId, S current, List<S> allowedFrom) {
    return ApiException.transitionNotAllowed(
        resource,
        value(current),
        operationId,
        allowedFrom.stream().map(TransitionGuard::value).toList());
  }

  /** The enum constant of a status as the spec spells it. */
  public S state(String value) {
    S state = byValue.get(value);
    if (state == null) {
      throw new IllegalArgumentException("No " + resource + " status " + value);
    }
    return state;
  }

  private List<Transition> rows(String from, String operationId) {
    List<Transition> rows = new ArrayList<>();
    for (Transition row : lifecycle.transitions()) {
      if (Objects.equals(row.from(), from) && operationId.equals(row.operationId())) {
        rows.add(row);
      }
    }
    return rows;
  }

  private List<S> states(Set<String> values) {
    return values.stream().map(this::state).toList();
  }

  private List<String> problems(CregoSpec spec) {
    List<String> problems = new ArrayList<>();
    Set<String> named = lifecycle.statuses();
    for (String value : byValue.keySet()) {
      if (!named.contains(value)) {
        problems.add("status " + value + " has no row");
      }
    }
    for (String value : named) {
      if (!byValue.containsKey(value)) {
        problems.add("the table names status " + value + ", which the enum lacks");
      }
    }
    if (!lifecycle.statusEnum().isEmpty()
        && !Set.copyOf(lifecycle.statusEnum()).equals(byValue.keySet())) {
      problems.add(
          "the spec's enum "
              + lifecycle.statusEnum()
              + " is not the generated "
              + byValue.keySet());
    }
    for (Transition row : lifecycle.transitions()) {
      if (row.operationId() != null && spec.operation(row.operationId()).isEmpty()) {
        problems.add("a row names the unknown operation " + row.operationId());
      }
    }
    return problems;
  }

  private static String value(Enum<?> state) {
    return state.toString();
  }

  private static String resourceName(String schemaName) {
    return schemaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
