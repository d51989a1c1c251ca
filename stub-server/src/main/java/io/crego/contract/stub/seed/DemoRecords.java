package io.crego.contract.stub.seed;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.records.LoanLedger;
import io.crego.contract.stub.records.NewRecords;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The demo's records, one kind of story each. They are stored in the order they happened, so a
 * listing (newest first) reads like the company's recent activity.
 */
final class DemoRecords {

  private final StoreTransaction tx;
  private final LoanLedger ledger;

  DemoRecords(StoreTransaction tx, LoanLedger ledger) {
    this.tx = tx;
    this.ledger = ledger;
  }

  /**
   * A repayment received and processed (as Mark Processed does): the loans engine settles it
   * against what its loans have due on the business date, and keeps the rest as excess.
   *
   * @param loanId the loan it names, or null for its account's loans
   */
  Record repaid(
      Account account,
      UUID loanId,
      BigDecimal amount,
      String paymentMode,
      Bank collectionBank,
      BigDecimal receivedAt,
      BigDecimal processedAt) {
    Record record =
        draft(account, RecordType.REPAYMENT, amount, RecordStatus.PROCESSED, receivedAt)
            .paymentMode(paymentMode)
            .utr(utr(paymentMode.equals("imps") ? "ICICI" : "HDFCN"))
            .settledAt(processedAt)
            .bankDate(processedAt)
            .collectionBank(collectionBank)
            .isProcessed(true)
            .loans(loanId == null ? new ArrayList<>() : new ArrayList<>(List.of(loanId)))
            .updatedAt(processedAt);
    return store(
        ledger.settleRepayment(
            tx, record, OperationIds.MARK_RECORD_PROCESSED, processedAt.doubleValue()));
  }

  /** A NACH debit presented for what a loan had due, which the bank returned unpaid. */
  Record bouncedNach(
      Account account, Loan loan, BigDecimal due, BigDecimal presentedAt, BigDecimal answeredAt) {
    return store(
        nach(account, loan, due, RecordStatus.BOUNCED, presentedAt)
            .remark("Insufficient funds")
            .updatedAt(answeredAt));
  }

  /** A NACH debit presented for what a loan has due, waiting for the bank's answer. */
  Record pendingNach(Account account, Loan loan, BigDecimal due, BigDecimal presentedAt) {
    return store(nach(account, loan, due, RecordStatus.PENDING, presentedAt));
  }

  /** A cashback as Initiate Adjustment books it (shaped like the vendor's example). */
  Record cashback(Account account, String amount, BigDecimal bookedAt) {
    return store(
        draft(account, RecordType.CASHBACK, Rupees.of(amount), RecordStatus.PROCESSED, bookedAt)
            .settledAt(bookedAt)
            .bankDate(bookedAt));
  }

  /** A repayment booked by a maker and sent to a checker. */
  Record awaitingApproval(Account account, String amount, String tds, BigDecimal bookedAt) {
    return store(
        draft(
                account,
                RecordType.REPAYMENT,
                Rupees.of(amount),
                Rupees.of(tds),
                RecordStatus.APPROVAL_REQUESTED,
                bookedAt)
            .paymentMode("upi")
            .utr(utr(""))
            .remark("Please verify against the bank statement"));
  }

  /** A repayment just booked. */
  Record pending(
      Account account, String amount, String paymentMode, String remark, BigDecimal bookedAt) {
    return store(
        draft(account, RecordType.REPAYMENT, Rupees.of(amount), RecordStatus.PENDING, bookedAt)
            .paymentMode(paymentMode)
            .remark(remark));
  }

  private Record nach(
      Account account, Loan loan, BigDecimal due, RecordStatus status, BigDecimal at) {
    return draft(account, RecordType.REPAYMENT, due, status, at)
        .paymentMode("nach")
        .loans(new ArrayList<>(List.of(loan.getId())));
  }

  private Record draft(
      Account account, RecordType type, BigDecimal amount, RecordStatus status, BigDecimal at) {
    return draft(account, type, amount, Rupees.ZERO, status, at);
  }

  /** A record booked at {@code at}, with the rules every record follows (see NewRecords). */
  private Record draft(
      Account account,
      RecordType type,
      BigDecimal amount,
      BigDecimal tds,
      RecordStatus status,
      BigDecimal at) {
    return NewRecords.draft(tx, account.getId(), type, amount, tds, status, at.doubleValue())
        .createdAt(at)
        .updatedAt(at)
        .date(at);
  }

  private Record store(Record record) {
    tx.put(Kinds.RECORDS, record.getId().toString(), record);
    return record;
  }

  /** A bank reference: a prefix and digits, 12 of them for UPI's RRN. */
  private static String utr(String prefix) {
    StringBuilder utr = new StringBuilder(prefix);
    while (utr.length() < 12 + Math.min(prefix.length(), 4)) {
      utr.append(ThreadLocalRandom.current().nextInt(10));
    }
    return utr.toString();
  }
}
