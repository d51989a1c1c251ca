package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Record;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;

/**
 * The one place where money received is applied to loans. The records domain calls it inside its
 * unit of work; the loans domain's EMI settlement engine implements it (settlements per demand in
 * {@code settlement_order} and {@code component_order}, excess, loan closure).
 */
public interface LoanLedger {

  /**
   * Settles a repayment that has just become {@code processed} against what its loans have due,
   * writing whatever it changes (loans, EMIs, settlements, the record) through {@code tx}.
   *
   * @return the record with {@code remaining_amount} (and {@code loans}) brought up to date, stored
   *     as it is returned; a caller that changes it further stores it again
   */
  Record settleRepayment(StoreTransaction tx, Record record, String operationId, double now);

  /**
   * Applies up to {@code amount} of an adjustment record (cashback, holdback) to one active loan's
   * dues and stores the loan (and the settlements, which name the record). The record's {@code
   * remaining_amount} drops by what was applied; the caller stores the record.
   *
   * @return the amount applied, at most {@code amount}; zero when the loan has nothing due
   */
  BigDecimal applyToLoan(
      StoreTransaction tx,
      Record record,
      Loan loan,
      BigDecimal amount,
      String operationId,
      double now);
}
