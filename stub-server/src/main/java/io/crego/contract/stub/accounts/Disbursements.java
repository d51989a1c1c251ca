package io.crego.contract.stub.accounts;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountStatus;
import io.crego.contract.spec.model.Disbursement;
import io.crego.contract.spec.model.DisbursementRequest;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.PayoutType;
import io.crego.contract.spec.model.TrancheRequest;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.loans.DisbursementShares;
import io.crego.contract.stub.loans.Lending;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.loans.LoanTerms;
import io.crego.contract.stub.loans.Lookups;
import io.crego.contract.stub.outgoing.NewPayouts;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Initiate Disbursement (a term loan and its payout) and Request Tranche (one more payout). */
public final class Disbursements {

  private final Store store;
  private final Lending lending;

  public Disbursements(Store store, Lending lending) {
    this.store = store;
    this.lending = lending;
  }

  /**
   * Checks in order: the account (404; 409 {@code NOT_APPLICABLE} when closed), its lead's loan
   * parameters (409 {@code LOAN_PARAMS_MISSING}), the line (409 {@code LIMIT_EXCEEDED}), the
   * beneficiary's bank (404).
   */
  ApiResponse initiate(OperationContext context) {
    DisbursementRequest request = context.body(DisbursementRequest.class);
    LoanBook.Booking booking =
        store.write(
            context.companyId(),
            tx -> {
              Account account = Lookups.account(tx, context.pathParam("id"));
              if (account.getStatus() != AccountStatus.ACTIVE) {
                throw ApiException.parentNotReady(
                    "account",
                    account.getId().toString(),
                    account.getStatus().getValue(),
                    context.operation().operationId(),
                    List.of(AccountStatus.ACTIVE.getValue()),
                    ApiException.ParentField.path("id"));
              }
              return lending.book(
                  tx,
                  new LoanBook.BookingRequest(
                      account,
                      request.getAmount(),
                      request.getEmiCount(),
                      null,
                      request.getCreditBankId(),
                      OperationIds.INITIATE_DISBURSEMENT),
                  context.now());
            });
    return JsonAnswers.created(new Disbursement().loan(booking.loan()).payout(booking.payout()));
  }

  /**
   * A tranche of a term loan's sanctioned principal, as its own {@code loan_disbursement} payout
   * ({@code requested}). The shares of the loan's live payouts, this one included, may not exceed
   * its principal (409 {@code AMOUNT_EXCEEDS_BALANCE}), with one way to make room: while the loan
   * is still {@code requested} and its first payout has not gone to the bank, the tranche is carved
   * out of that payout (its share drops by what the tranche needs, its net amount is recomputed; it
   * keeps at least a paisa). A loan not {@code requested} or {@code active}, or not a term loan,
   * takes no tranche (409 {@code NOT_APPLICABLE}). When the bank pays the tranche, the loan's
   * disbursed amount grows by it and its future EMIs are rebuilt over it.
   */
  public ApiResponse tranche(OperationContext context) {
    TrancheRequest request = context.body(TrancheRequest.class);
    BigDecimal amount = Rupees.of(request.getAmount());
    Payout payout =
        store.write(
            context.companyId(),
            tx -> {
              Loan loan = Lookups.loan(tx, request.getLoanId(), "/loan_id");
              Account account = tx.get(Kinds.ACCOUNTS, loan.getAccount().toString()).orElseThrow();
              requireTrancheable(loan);
              BigDecimal room =
                  Rupees.subtract(
                      loan.getPrincipalAmount(), DisbursementShares.committed(tx, loan));
              Payout carved = carvable(tx, loan);
              BigDecimal carvable =
                  carved == null
                      ? Rupees.ZERO
                      : Rupees.subtract(
                          DisbursementShares.shareOf(tx, loan, carved), new BigDecimal("0.01"));
              if (Rupees.exceeds(amount, Rupees.add(room.max(Rupees.ZERO), carvable))) {
                throw exceedsSanction(loan, amount, room.max(Rupees.ZERO), carvable);
              }
              if (Rupees.exceeds(amount, room.max(Rupees.ZERO))) {
                carve(tx, loan, account, carved, Rupees.subtract(amount, room.max(Rupees.ZERO)));
              }
              Payout tranche =
                  NewPayouts.draft(
                      tx,
                      PayoutType.LOAN_DISBURSEMENT,
                      lending.payoutLifecycle().created(OperationIds.REQUEST_TRANCHE),
                      loan.getAccount(),
                      loan.getId(),
                      amount,
                      null,
                      lending.dates().pinned(tx),
                      context.now());
              tx.put(Kinds.PAYOUTS, tranche.getId().toString(), tranche);
              DisbursementShares.record(tx, tranche, amount);
              return tranche;
            });
    return JsonAnswers.ok(payout);
  }

  /**
   * A term loan — one booked by Initiate Disbursement, whatever its account's type; a topup's loan
   * is a credit line's draw-down — that is requested or active.
   */
  private static void requireTrancheable(Loan loan) {
    boolean live =
        loan.getStatus() == LoanStatus.REQUESTED || loan.getStatus() == LoanStatus.ACTIVE;
    if (loan.getTopup() == null && live) {
      return;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("loan_status", loan.getStatus().getValue());
    details.put("topup", loan.getTopup() == null ? null : loan.getTopup().toString());
    throw ApiException.conflict(
        ErrorCode.NOT_APPLICABLE,
        loan.getTopup() == null
            ? "Tranches are disbursed on requested or active loans only; this loan is "
                + loan.getStatus()
                + "."
            : "A topup's loan is disbursed by its topup, not in tranches.",
        details);
  }

  /** The first payout of a loan still {@code requested}, while it has not gone to the bank. */
  private static Payout carvable(StoreView view, Loan loan) {
    if (loan.getStatus() != LoanStatus.REQUESTED) {
      return null;
    }
    List<Payout> payouts = DisbursementShares.of(view, loan);
    return !payouts.isEmpty() && payouts.get(0).getStatus() == PayoutStatus.REQUESTED
        ? payouts.get(0)
        : null;
  }

  /** Moves {@code amount} of the first payout's share to a tranche; its net amount follows. */
  private static void carve(
      StoreTransaction tx, Loan loan, Account account, Payout first, BigDecimal amount) {
    BigDecimal share = Rupees.subtract(DisbursementShares.shareOf(tx, loan, first), amount);
    DisbursementShares.record(tx, first, share);
    first.amount(LoanTerms.forLead(tx, account.getLeadId()).netDisbursal(share));
    tx.put(Kinds.PAYOUTS, first.getId().toString(), first);
  }

  private static ApiException exceedsSanction(
      Loan loan, BigDecimal amount, BigDecimal room, BigDecimal carvable) {
    BigDecimal available = Rupees.add(room, carvable);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("amount", amount);
    details.put("principal_amount", Rupees.of(loan.getPrincipalAmount()));
    details.put("disbursed_amount", Rupees.orZero(loan.getDisbursedAmount()));
    details.put("available_amount", available);
    return ApiException.conflict(
        ErrorCode.AMOUNT_EXCEEDS_BALANCE,
        "The tranche "
            + amount.toPlainString()
            + " would take the loan's disbursements above its principal: "
            + available.toPlainString()
            + " of it can still be paid out.",
        details);
  }
}
