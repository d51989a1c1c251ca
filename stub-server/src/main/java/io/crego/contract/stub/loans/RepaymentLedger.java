package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.clock.BusinessDates;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.LoanSettlement;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.records.LoanLedger;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The EMI settlement engine behind the records domain: a processed repayment settles against the
 * demands due on the business date ({@link RecordSettlement}); an adjustment (cashback, holdback)
 * settles against one loan's. Loans move with it — outstanding, DPD, excess — and a loan whose
 * {@code total_outstanding} reaches 0 closes, as the Loan lifecycle's row for the operation allows;
 * a credit line gets back the principal repaid at once, a term loan's line is freed when it closes.
 */
final class RepaymentLedger implements LoanLedger {

  private final BusinessDates dates;
  private final LoanLifecycle lifecycle;

  RepaymentLedger(BusinessDates dates, LoanLifecycle lifecycle) {
    this.dates = dates;
    this.lifecycle = lifecycle;
  }

  /**
   * Only repayments settle when processed; a cashback or holdback booked through Create Record
   * keeps its amount remaining until Initiate Adjustment applies it.
   */
  @Override
  public Record settleRepayment(
      StoreTransaction tx, Record record, String operationId, double now) {
    if (record.getType() != RecordType.REPAYMENT) {
      tx.put(Kinds.RECORDS, record.getId().toString(), record);
      return record;
    }
    LocalDate businessDate = dates.pinned(tx);
    Portfolio portfolio =
        Portfolio.ofAccount(
            tx, record.getAccount(), record.getLoans() == null ? List.of() : record.getLoans());
    List<LoanFile> loans = RecordSettlement.loansOf(portfolio, record);
    RecordSettlement.settle(tx, portfolio, record, loans, null, businessDate, now);
    // stored before the loans: the record's new remaining amount is part of their excess
    tx.put(Kinds.RECORDS, record.getId().toString(), record);
    portfolio.save(tx, lifecycle, operationId, businessDate, now);
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
    LocalDate businessDate = dates.pinned(tx);
    Portfolio portfolio = Portfolio.ofAccount(tx, loan.getAccount(), List.of(loan.getId()));
    LoanFile file = portfolio.file(loan.getId()).orElseThrow();
    LoanSettlement.Outcome outcome =
        RecordSettlement.settle(
            tx, portfolio, record, List.of(file), Rupees.of(amount), businessDate, now);
    portfolio.save(tx, lifecycle, operationId, businessDate, now);
    return outcome.settled();
  }
}
