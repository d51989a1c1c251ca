package io.crego.contract.spec.contract;

import java.util.List;

/**
 * What an {@link InteractionValidator} found: the violations that count, and those a known
 * deviation explains; for a request, also its parameters as the check typed them.
 *
 * @param violations violations no known deviation explains, in the order found
 * @param tolerated violations explained by a known deviation
 * @param parameters a request's path and query values that passed their checks, typed as their
 *     schemas say; {@link TypedParameters#NONE} for a response
 */
public record ContractReport(
    List<RuleViolation> violations, List<Tolerated> tolerated, TypedParameters parameters) {

  /** A violation and the known deviation that explains it. */
  public record Tolerated(RuleViolation violation, Deviation deviation) {}

  public ContractReport {
    violations = List.copyOf(violations);
    tolerated = List.copyOf(tolerated);
    parameters = parameters == null ? TypedParameters.NONE : parameters;
  }

  /** A report with no typed parameters, as a response check makes. */
  public ContractReport(List<RuleViolation> violations, List<Tolerated> tolerated) {
    this(violations, tolerated, TypedParameters.NONE);
  }

  /** Whether nothing counts against the interaction. */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /** Each counting violation as one line ({@link RuleViolation#describe}). */
  public List<String> lines() {
    return violations.stream().map(RuleViolation::describe).toList();
  }
}
