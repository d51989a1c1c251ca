package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.Settlement;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.lending.LoanSettlement;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Applies what is left of a record to the demands due on the business date: the EMIs and fees of
 * the loans the record names (those still taking repayments), or, when it names none, of its
 * account's active loans — all of them as one queue, {@code due_date_first} then {@code
 * PI-OI-NI-P}. Each allocation is stored as a {@code Settlement}; the record keeps what is left as
 * its {@code remaining_amount}. A record that named no loan from then on names the loans it was
 * applied to, so that its excess belongs to one of them ({@link ExcessBalances}).
 */
public final class RecordSettlement {

  private RecordSettlement() {}

  /** The loans the record's money goes to, oldest first. */
  public static List<LoanFile> loansOf(Portfolio portfolio, Record record) {
    if (record.getLoans() == null || record.getLoans().isEmpty()) {
      return portfolio.repayableOf(record.getAccount());
    }
    List<LoanFile> named = new ArrayList<>();
    for (UUID id : record.getLoans()) {
      portfolio
          .file(id)
          .filter(file -> Portfolio.takesRepayments(file.loan()))
          .ifPresent(named::add);
    }
    return named;
  }

  /**
   * Settles the record's remaining amount (up to {@code cap}, null for all of it) and changes the
   * record in place (not stored here).
   *
   * @return the outcome; nothing settled when the record has nothing left or no loan to go to
   */
  public static LoanSettlement.Outcome settle(
      StoreTransaction tx,
      Portfolio portfolio,
      Record record,
      List<LoanFile> loans,
      BigDecimal cap,
      LocalDate businessDate,
      double now) {
    BigDecimal remaining = Rupees.orZero(record.getRemainingAmount());
    BigDecimal amount = cap == null ? remaining : Rupees.min(cap, remaining);
    if (record.getLoans() == null || record.getLoans().isEmpty()) {
      record.loans(new ArrayList<>(loans.stream().map(LoanFile::id).toList()));
    }
    if (!Rupees.isPositive(amount) || loans.isEmpty()) {
      return new LoanSettlement.Outcome(List.of(), List.of(), amount, List.of());
    }
    List<Emi> emis = new ArrayList<>();
    List<Fee> fees = new ArrayList<>();
    for (LoanFile file : loans) {
      emis.addAll(file.emis());
      fees.addAll(file.fees());
      portfolio.touch(file);
    }
    LoanSettlement.Outcome outcome =
        LoanSettlement.settle(
            amount, record.getId(), emis, fees, businessDate, RefIds::newId, Timestamps.of(now));
    for (Settlement settlement : outcome.settlements()) {
      tx.put(Kinds.SETTLEMENTS, settlement.getId().toString(), settlement);
    }
    record.remainingAmount(Rupees.subtract(remaining, outcome.settled()));
    return outcome;
  }
}
