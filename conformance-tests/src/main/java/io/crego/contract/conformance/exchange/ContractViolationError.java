package io.crego.contract.conformance.exchange;

import java.util.List;

/** Fails a test with every contract violation of one exchange, each on its own line. */
public final class ContractViolationError extends AssertionError {

  private final transient List<ContractViolation> violations;

  public ContractViolationError(List<ContractViolation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  public List<ContractViolation> violations() {
    return violations;
  }

  private static String message(List<ContractViolation> violations) {
    StringBuilder text =
        new StringBuilder(violations.get(0).exchange())
            .append(": ")
            .append(violations.size())
            .append(violations.size() == 1 ? " contract violation" : " contract violations");
    for (ContractViolation v : violations) {
      text.append("\n  ").append(v.describe());
    }
    return text.toString();
  }
}
