package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.Index;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Excess: money received beyond what was due, not yet applied or refunded — the {@code
 * remaining_amount} of processed repayments. A record's excess belongs to one loan, the first its
 * {@code loans} names (a record naming no loan is given its account's active loans when it is
 * settled), so that no rupee of excess shows on two loans.
 */
final class ExcessBalances {

  private ExcessBalances() {}

  /** Whether the record holds excess that belongs to a loan. */
  static boolean holdsExcess(Record record) {
    return record.getType() == RecordType.REPAYMENT
        && record.getStatus() == RecordStatus.PROCESSED
        && Rupees.isPositive(Rupees.orZero(record.getRemainingAmount()))
        && record.getLoans() != null
        && !record.getLoans().isEmpty();
  }

  static UUID loanOf(Record record) {
    return record.getLoans().get(0);
  }

  /**
   * The records holding excess, filed by the loan it belongs to: a loan's excess is found without
   * reading the company's other records.
   */
  static final Index<Record> BY_LOAN =
      Index.summing(
          Kinds.RECORDS,
          "loan holding the excess",
          record -> holdsExcess(record) ? loanOf(record).toString() : null,
          record -> Rupees.of(record.getRemainingAmount()));

  /** A loan's excess: the index's running total, in O(log n) however many records hold some. */
  static BigDecimal ofLoan(StoreView view, UUID loanId) {
    return Rupees.of(view.total(BY_LOAN, loanId.toString()));
  }

  /** The records holding a loan's excess, oldest first. */
  static List<Record> ofLoan(List<Record> records, UUID loanId) {
    return records.stream()
        .filter(record -> holdsExcess(record) && loanOf(record).equals(loanId))
        .toList();
  }
}
