package io.crego.contract.stub.topups;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupCheck;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.loans.LoanBook.Booking;
import io.crego.contract.stub.loans.LoanBook.BookingRequest;
import io.crego.contract.stub.store.StoreTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * What Create Topup, Re Run Checks and the EOD do once a topup is due: run its checks, and either
 * book its loan and disbursement payout ({@code processing}) or keep it waiting with its amount
 * blocked ({@code checks_failed}).
 *
 * <p>Who holds the block: a waiting topup holds its own amount on the line; a booked loan holds its
 * principal (the {@link LoanBook} blocks it). So the topup's own block is released just before the
 * loan is booked, in the same unit of work, and taken when a fresh topup's checks fail.
 */
final class Disbursal {

  private final LoanBook loans;

  Disbursal(LoanBook loans) {
    this.loans = loans;
  }

  /**
   * Runs the checks and applies their verdict to {@code topup} (not stored here).
   *
   * @param lifecycleRow names the status the verdict leads to, refusing a move the lifecycle has no
   *     row for
   * @param creditBankId the beneficiary's bank for the payout, or null
   * @param operationId the operation (or for the EOD the one that booked it) the loan is booked by
   * @throws io.crego.contract.stub.api.ApiException what {@link LoanBook#book} refuses
   */
  Topup decide(
      StoreTransaction tx,
      Topup topup,
      Account account,
      UUID creditBankId,
      String operationId,
      UnaryOperator<TopupStatus> lifecycleRow,
      double now) {
    boolean holdsBlock = holdsBlock(topup.getStatus());
    List<TopupCheck> checks = TopupChecks.run(account, topup);
    topup.checks(new ArrayList<>(checks));
    if (!TopupChecks.allPassed(checks)) {
      TopupStatus next = lifecycleRow.apply(TopupStatus.CHECKS_FAILED);
      if (!holdsBlock) {
        CreditLine.block(tx, account, topup.getAmount(), now);
      }
      return topup.status(next);
    }
    TopupStatus next = lifecycleRow.apply(TopupStatus.PROCESSING);
    Account line = holdsBlock ? CreditLine.release(tx, account, topup.getAmount(), now) : account;
    Booking booking =
        loans.book(
            tx,
            new BookingRequest(
                line, topup.getAmount(), null, topup.getId(), creditBankId, operationId),
            now);
    if (!topup.getId().equals(booking.payout().getTopup())) {
      // the payout must name its topup: the bank's answer to it moves the topup
      tx.put(
          Kinds.PAYOUTS,
          booking.payout().getId().toString(),
          booking.payout().topup(topup.getId()));
    }
    return topup.status(next).loan(booking.loan().getId()).payout(booking.payout().getId());
  }

  /** Whether a topup in this status holds its own amount blocked on the line. */
  static boolean holdsBlock(TopupStatus status) {
    return status == TopupStatus.SCHEDULED || status == TopupStatus.CHECKS_FAILED;
  }
}
