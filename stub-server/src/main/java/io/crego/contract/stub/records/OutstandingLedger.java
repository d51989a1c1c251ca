package io.crego.contract.stub.records;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Record;
import io.crego.contract.stub.domain.Kinds;
import io.crego.contract.stub.domain.LoanLedger;
import io.crego.contract.stub.domain.Rupees;
import io.crego.contract.stub.domain.Timestamps;
import io.crego.contract.stub.lifecycle.StateMachine;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;

/**
 * The ledger until the EMI settlement engine exists. It works on the loan document's totals only:
 * no demands, no settlements.
 *
 * <ul>
 *   <li>A processed repayment is kept whole as the record's excess ({@code remaining_amount} =
 *       {@code amount}): without the EMI schedule there is no "due on the business date" to settle.
 *   <li>An adjustment lowers the loan's outstanding, components in {@code component_order} (penal,
 *       overdue, interest, principal); a loan brought to zero closes, as its lifecycle allows.
 * </ul>
 */
public final class OutstandingLedger implements LoanLedger {

  private final StateMachine<LoanStatus> loans;

  public OutstandingLedger(CregoSpec spec) {
    this.loans = StateMachine.forSchema(spec, "Loan", LoanStatus.class);
  }

  @Override
  public Record settleRepayment(
      StoreTransaction tx, Record record, String operationId, double now) {
    return record;
  }

  @Override
  public BigDecimal applyToLoan(
      StoreTransaction tx,
      Record record,
      Loan loan,
      BigDecimal amount,
      String operationId,
      double now) {
    BigDecimal total = Rupees.orZero(loan.getTotalOutstanding());
    BigDecimal applied = Rupees.min(amount, total);
    if (!Rupees.isPositive(applied)) {
      return Rupees.ZERO;
    }
    BigDecimal left = applied;
    BigDecimal penal = Rupees.orZero(loan.getPenalInterest());
    BigDecimal take = Rupees.min(left, penal);
    loan.penalInterest(Rupees.subtract(penal, take));
    left = Rupees.subtract(left, take);
    BigDecimal overdue = Rupees.orZero(loan.getOverdueInterest());
    take = Rupees.min(left, overdue);
    loan.overdueInterest(Rupees.subtract(overdue, take));
    left = Rupees.subtract(left, take);
    BigDecimal interest = Rupees.orZero(loan.getInterestOutstanding());
    take = Rupees.min(left, interest);
    loan.interestOutstanding(Rupees.subtract(interest, take));
    left = Rupees.subtract(left, take);
    BigDecimal principal = Rupees.orZero(loan.getPrincipalOutstanding());
    loan.principalOutstanding(Rupees.subtract(principal, Rupees.min(left, principal)));

    BigDecimal stillOwed = Rupees.subtract(total, applied);
    loan.totalOutstanding(stillOwed);
    loan.updatedAt(Timestamps.touch(loan.getUpdatedAt(), now));
    if (stillOwed.signum() == 0) {
      loan.status(loans.next(operationId, loan.getStatus(), LoanStatus.CLOSED));
      loan.closedAt(Timestamps.of(now));
    }
    tx.put(Kinds.LOANS, loan.getId().toString(), loan);
    return applied;
  }
}
