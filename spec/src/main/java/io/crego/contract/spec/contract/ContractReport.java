package io.crego.contract.spec.contract;

import java.util.List;

/**
 * What an {@link InteractionValidator} found: the violations that count, and those a known
 * deviation explains.
 *
 * @param violations violations no known deviation explains, in the order found
 * @param tolerated violations explained by a known deviation
 */
public record ContractReport(List<RuleViolation> violations, List<Tolerated> tolerated) {

  /** A violation and the known deviation that explains it. */
  public record Tolerated(RuleViolation violation, Deviation deviation) {}

  public ContractReport {
    violations = List.copyOf(violations);
    tolerated = List.copyOf(tolerated);
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
