package io.crego.contract.spec.contract;

import java.util.Optional;

/** The deviations a validator tolerates: a violation one of them explains is a warning. */
public interface KnownDeviations {

  /** Tolerates nothing: every violation counts. */
  KnownDeviations NONE = (operationId, violation) -> Optional.empty();

  /** The deviation that explains this violation of the operation, if any. */
  Optional<Deviation> match(String operationId, RuleViolation violation);
}
