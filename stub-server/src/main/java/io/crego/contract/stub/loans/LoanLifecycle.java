package io.crego.contract.stub.loans;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import java.math.BigDecimal;

/**
 * The spec's Loan lifecycle as the loans domain applies it. Moves that follow from something else
 * (a payout's outcome, a repayment) happen only where the table has the row: a row the table lacks
 * leaves the loan as it is rather than refusing the operation that caused it, because that
 * operation itself was allowed.
 */
final class LoanLifecycle {

  private final TransitionGuard<LoanStatus> machine;

  LoanLifecycle(CregoSpec spec) {
    this.machine = TransitionGuard.forSchema(spec, "Loan", LoanStatus.class);
  }

  TransitionGuard<LoanStatus> machine() {
    return machine;
  }

  /** Whether the table has the row {@code (from, operationId) → to}. */
  boolean has(String operationId, LoanStatus from, LoanStatus to) {
    return operationId != null && machine.allowedFrom(operationId, to).contains(from);
  }

  /** Moves the loan when the table has the row; says whether it moved. */
  boolean follow(Loan loan, String operationId, LoanStatus to) {
    if (!has(operationId, loan.getStatus(), to)) {
      return false;
    }
    loan.status(to);
    return true;
  }

  /**
   * Closes an active loan whose {@code total_outstanding} is 0, when the operation that brought it
   * there has a row to {@code closed} (Mark Processed, a NACH success, an adjustment, Close Loan
   * Account). Says whether it closed.
   */
  boolean closeIfRepaid(Loan loan, String operationId, BigDecimal now) {
    if (loan.getStatus() != LoanStatus.ACTIVE
        || Rupees.isPositive(Rupees.orZero(loan.getTotalOutstanding()))
        || !follow(loan, operationId, LoanStatus.CLOSED)) {
      return false;
    }
    loan.closedAt(now);
    return true;
  }
}
