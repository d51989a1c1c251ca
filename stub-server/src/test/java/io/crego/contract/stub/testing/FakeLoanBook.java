package io.crego.contract.stub.testing;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.InterestType;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.PayoutType;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.ids.Sequences;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A loan book that does what {@link LoanBook} promises in the simplest way, for handler tests of
 * the domains that use it: a fixed business date, a loan and payout of the whole principal, and the
 * line moved as the real book moves it (a loan blocks its principal until it is paid out or
 * rejected, a failed one keeps the block for its retry, an active one uses it). It records every
 * payout change it is told of, and every loan it is asked to refresh (a refresh changes nothing
 * else), so tests can check the seam.
 */
public final class FakeLoanBook implements LoanBook {

  /** One {@link #payoutChanged} call. */
  public record PayoutChange(UUID payout, PayoutStatus from, PayoutStatus to, String operationId) {}

  private LocalDate businessDate;
  private final List<PayoutChange> changes = new ArrayList<>();
  private final List<UUID> refreshed = new ArrayList<>();
  private boolean refuseBookings;

  /** A book on 17 June 2024. */
  public FakeLoanBook() {
    this(LocalDate.of(2024, 6, 17));
  }

  public FakeLoanBook(LocalDate businessDate) {
    this.businessDate = businessDate;
  }

  public void businessDate(LocalDate date) {
    this.businessDate = date;
  }

  /** From now on, every booking is refused as a lead without loan parameters would be. */
  public void refuseBookings() {
    this.refuseBookings = true;
  }

  public List<PayoutChange> changes() {
    return List.copyOf(changes);
  }

  /** The loans refreshed so far, in call order. */
  public List<UUID> refreshed() {
    return List.copyOf(refreshed);
  }

  @Override
  public LocalDate businessDate(StoreView view) {
    return businessDate;
  }

  @Override
  public Booking book(StoreTransaction tx, BookingRequest request, double now) {
    if (refuseBookings) {
      throw ApiException.conflict(
          ErrorCode.LOAN_PARAMS_MISSING, "No loan parameters (fake).", Map.of());
    }
    Account account = request.account();
    BigDecimal principal = Rupees.of(request.principal());
    if (Rupees.exceeds(principal, account.getAvailableLineAmount())) {
      throw ApiException.conflict(ErrorCode.LIMIT_EXCEEDED, "Over the line (fake).", Map.of());
    }
    BigDecimal at = Timestamps.of(now);
    Loan loan =
        new Loan()
            .id(RefIds.newId())
            .createdAt(at)
            .updatedAt(at)
            .refId(RefIds.loan(Sequences.next(tx, Sequences.LOANS)))
            .account(account.getId())
            .topup(request.topupId())
            .status(LoanStatus.REQUESTED)
            .principalAmount(principal)
            .disbursedAmount(Rupees.ZERO)
            .roiValue(new BigDecimal("18"))
            .interestType(InterestType.REDUCING)
            .emiCount(request.emiCount() == null ? 6 : request.emiCount())
            .emiAmount(Rupees.ZERO)
            .emiFrequency(Loan.EmiFrequencyEnum.MONTHLY)
            .principalOutstanding(Rupees.ZERO)
            .interestOutstanding(Rupees.ZERO)
            .totalOutstanding(Rupees.ZERO)
            .excessAmount(Rupees.ZERO)
            .dpd(0)
            .peakDpd(0);
    long number = Sequences.next(tx, Sequences.PAYOUTS);
    Payout payout =
        new Payout()
            .id(RefIds.newId())
            .createdAt(at)
            .updatedAt(at)
            .type(PayoutType.LOAN_DISBURSEMENT)
            .refId(RefIds.payout(number))
            .numericRefId(Long.toString(number))
            .index(1)
            .amount(principal)
            .method("neft")
            .status(PayoutStatus.REQUESTED)
            .processedAt(null)
            .date(at)
            .failedRemark(null)
            .utr(null)
            .debitBank(null)
            .creditBank(null)
            .payoutTo("borrower")
            .isDownloaded(false)
            .isImported(false)
            .sentToGl(false)
            .account(account.getId())
            .loan(loan.getId())
            .topup(request.topupId())
            .record(null)
            .paymentReferenceNo(null);
    moveLine(tx, account, principal, principal.negate(), Rupees.ZERO);
    tx.put(Kinds.LOANS, loan.getId().toString(), loan);
    tx.put(Kinds.PAYOUTS, payout.getId().toString(), payout);
    return new Booking(loan, payout);
  }

  @Override
  public void payoutChanged(
      StoreTransaction tx, Payout payout, PayoutStatus previous, String operationId, double now) {
    changes.add(new PayoutChange(payout.getId(), previous, payout.getStatus(), operationId));
    if (payout.getType() != PayoutType.LOAN_DISBURSEMENT || payout.getLoan() == null) {
      return;
    }
    Loan loan = tx.get(Kinds.LOANS, payout.getLoan().toString()).orElseThrow();
    Account account = tx.get(Kinds.ACCOUNTS, loan.getAccount().toString()).orElseThrow();
    BigDecimal principal = loan.getPrincipalAmount();
    LoanStatus before = loan.getStatus();
    switch (payout.getStatus()) {
      case PROCESSED ->
          loan.status(LoanStatus.ACTIVE)
              .disbursedAmount(principal)
              .principalOutstanding(principal)
              .totalOutstanding(principal);
      case FAILED -> loan.status(LoanStatus.FAILED);
      case REJECTED -> loan.status(LoanStatus.REJECTED);
      case REQUESTED -> loan.status(LoanStatus.REQUESTED);
      default -> {
        return;
      }
    }
    BigDecimal blocked = Rupees.subtract(blocks(loan), blocks(before, principal));
    BigDecimal used = Rupees.subtract(uses(loan), uses(before, principal));
    moveLine(tx, account, blocked, Rupees.add(blocked, used).negate(), used);
    tx.put(Kinds.LOANS, loan.getId().toString(), loan);
  }

  /** As the real book: a loan not yet paid out (requested, or failed awaiting a retry) blocks. */
  private static BigDecimal blocks(Loan loan) {
    return blocks(loan.getStatus(), loan.getPrincipalAmount());
  }

  private static BigDecimal blocks(LoanStatus status, BigDecimal principal) {
    return status == LoanStatus.REQUESTED || status == LoanStatus.FAILED ? principal : Rupees.ZERO;
  }

  private static BigDecimal uses(Loan loan) {
    return uses(loan.getStatus(), loan.getPrincipalAmount());
  }

  private static BigDecimal uses(LoanStatus status, BigDecimal principal) {
    return status == LoanStatus.ACTIVE ? principal : Rupees.ZERO;
  }

  @Override
  public Loan refresh(StoreTransaction tx, UUID loanId, double now) {
    refreshed.add(loanId);
    return tx.get(Kinds.LOANS, loanId.toString()).orElseThrow();
  }

  private static void moveLine(
      StoreTransaction tx,
      Account account,
      BigDecimal toBlocked,
      BigDecimal toAvailable,
      BigDecimal toUsed) {
    account
        .blockedLineAmount(Rupees.add(account.getBlockedLineAmount(), toBlocked))
        .availableLineAmount(Rupees.add(account.getAvailableLineAmount(), toAvailable))
        .usedLineAmount(Rupees.add(account.getUsedLineAmount(), toUsed));
    tx.put(Kinds.ACCOUNTS, account.getId().toString(), account);
  }
}
