package io.crego.contract.stub.seed;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The demo's loans, booked and disbursed through the loans engine as Initiate Disbursement and the
 * bank's callback would: the line blocked then used, the disbursement payout, the EMI schedule from
 * the business date.
 */
final class DemoLoans {

  private final StoreTransaction tx;
  private final LoanBook loans;

  DemoLoans(StoreTransaction tx, LoanBook loans) {
    this.tx = tx;
    this.loans = loans;
  }

  /** A loan asked for on the business date: {@code requested}, its payout waiting for the bank. */
  LoanBook.Booking request(Account account, String principal, BigDecimal at) {
    Account current = tx.get(Kinds.ACCOUNTS, account.getId().toString()).orElseThrow();
    return loans.book(
        tx,
        new LoanBook.BookingRequest(
            current, Rupees.of(principal), null, null, null, OperationIds.INITIATE_DISBURSEMENT),
        at.doubleValue());
  }

  /** A loan booked at {@code bookedAt} and paid out by the bank at {@code paidAt}: active. */
  UUID disburse(Account account, String principal, BigDecimal bookedAt, BigDecimal paidAt) {
    Payout payout = request(account, principal, bookedAt).payout();
    payout
        .status(PayoutStatus.PROCESSED)
        .isDownloaded(true)
        .utr("AXISN" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L))
        .processedAt(paidAt)
        .bankDate(paidAt)
        .updatedAt(paidAt);
    tx.put(Kinds.PAYOUTS, payout.getId().toString(), payout);
    loans.payoutChanged(
        tx, payout, PayoutStatus.PROCESSING, OperationIds.PAYOUT_CALLBACK, paidAt.doubleValue());
    return payout.getLoan();
  }

  Loan loan(UUID id) {
    return tx.get(Kinds.LOANS, id.toString()).orElseThrow();
  }

  /** The loan's EMIs in schedule order, as they stand now. */
  List<Emi> emis(UUID loanId) {
    return tx.all(Kinds.EMIS).stream()
        .filter(emi -> emi.getLoan().equals(loanId))
        .sorted(Comparator.comparingInt(Emi::getIndex))
        .toList();
  }
}
