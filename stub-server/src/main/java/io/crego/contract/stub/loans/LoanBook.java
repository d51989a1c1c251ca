package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the rest of the domain asks of loans: the company's business date, booking a loan with its
 * disbursement payout, reacting to a payout's outcome, and rebuilding a loan's outstanding. Every
 * method runs inside the caller's unit of work, so a loan and the payout, topup or fee that moved
 * it change together or not at all.
 */
public interface LoanBook {

  /** The company's business date (the virtual clock): today in India until it is set or moved. */
  LocalDate businessDate(StoreView view);

  /**
   * Books a loan of {@code principal} on the account ({@code requested}), blocks the amount on the
   * account's line, and books its {@code loan_disbursement} payout ({@code requested}) for the net
   * amount (principal − processing fee − GST on it). Both are put in the transaction.
   *
   * @throws io.crego.contract.stub.api.ApiException 409 {@code LIMIT_EXCEEDED} when the line's
   *     available amount is short, 409 {@code LOAN_PARAMS_MISSING} when the account's lead has no
   *     loan parameters and no terms are given
   */
  Booking book(StoreTransaction tx, BookingRequest request, double now);

  /**
   * What to book.
   *
   * @param account the account (active)
   * @param principal the loan's principal
   * @param emiCount EMIs, or null for the loan parameters' count
   * @param topupId the topup drawing this loan, or null
   * @param creditBankId the beneficiary's bank, or null
   * @param operationId the operation booking it (for the lifecycle check)
   */
  record BookingRequest(
      Account account,
      BigDecimal principal,
      Integer emiCount,
      UUID topupId,
      UUID creditBankId,
      String operationId) {}

  /** A booked loan and its disbursement payout. */
  record Booking(Loan loan, Payout payout) {}

  /**
   * Called after a payout's status changed (bank callback, retry, reinitiation), inside the same
   * unit of work: a disbursement's loan moves along its lifecycle (processed → active with its EMI
   * schedule from the business date; failed → failed; rejected → rejected; retried → requested) and
   * the account's line with it (blocked → used, or released). Does nothing for other payouts.
   */
  void payoutChanged(
      StoreTransaction tx, Payout payout, PayoutStatus previous, String operationId, double now);

  /** Rebuilds a loan's outstanding from its EMIs and fees (e.g. after a fee changed). */
  Loan refresh(StoreTransaction tx, UUID loanId, double now);
}
