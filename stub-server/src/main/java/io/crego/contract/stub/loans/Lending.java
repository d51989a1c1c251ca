package io.crego.contract.stub.loans;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanParams;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.PayoutType;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.clock.BusinessDates;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.ids.Sequences;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.EmiCalculator;
import io.crego.contract.stub.lending.InterestMethod;
import io.crego.contract.stub.lending.LoanSchedule;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.outgoing.NewPayouts;
import io.crego.contract.stub.records.LoanLedger;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The loans domain's {@link LoanBook}, and the {@link LoanLedger} money received is settled
 * through.
 *
 * <p>The rules it keeps:
 *
 * <ul>
 *   <li>A loan is booked {@code requested} on the terms of its account's lead's loan parameters
 *       ({@link LoanTerms}); its whole principal is blocked on the line at once, so the line must
 *       have it available. Its {@code loan_disbursement} payout carries the net amount: principal −
 *       processing fee − GST on the fee (the fee is withheld, no fee demand is raised).
 *   <li>When the disbursement is processed the loan turns {@code active}: disbursed on the business
 *       date, its EMIs scheduled from that day (first due a month later) over the principal paid
 *       out, which moves from blocked to used. Each payout pays out its share of the principal
 *       ({@link DisbursementShares}); a tranche processed later adds its share to the disbursed
 *       principal and spreads it over the EMIs still to come.
 *   <li>A failed disbursement fails the loan and keeps its block (it may be retried: the loan goes
 *       back to {@code requested}); a rejected one rejects the loan and releases its block.
 *   <li>The line follows {@link LineFootprint}: a credit line is freed as principal is repaid, a
 *       term loan's line when the loan closes.
 * </ul>
 *
 * Every status change goes through the spec's Loan lifecycle for the operation that caused it.
 */
public final class Lending implements LoanBook {

  /** The payout statuses a disbursement's loan follows; the others leave it as it is. */
  private static final Set<PayoutStatus> MOVES_A_LOAN =
      EnumSet.of(
          PayoutStatus.PROCESSED,
          PayoutStatus.FAILED,
          PayoutStatus.REJECTED,
          PayoutStatus.REQUESTED,
          PayoutStatus.REVERTED);

  private final BusinessDates dates;
  private final LoanLifecycle lifecycle;
  private final TransitionGuard<PayoutStatus> payouts;
  private final RepaymentLedger ledger;

  public Lending(CregoSpec spec) {
    this(spec, new BusinessDates());
  }

  public Lending(CregoSpec spec, BusinessDates dates) {
    this.dates = dates;
    this.lifecycle = new LoanLifecycle(spec);
    this.payouts = TransitionGuard.forSchema(spec, "Payout", PayoutStatus.class);
    this.ledger = new RepaymentLedger(dates, lifecycle);
  }

  /** Where the records domain settles money received. */
  public LoanLedger ledger() {
    return ledger;
  }

  public BusinessDates dates() {
    return dates;
  }

  public LoanLifecycle lifecycle() {
    return lifecycle;
  }

  public TransitionGuard<PayoutStatus> payoutLifecycle() {
    return payouts;
  }

  @Override
  public LocalDate businessDate(StoreView view) {
    return dates.of(view);
  }

  @Override
  public Booking book(StoreTransaction tx, BookingRequest request, double now) {
    Account account =
        tx.get(Kinds.ACCOUNTS, request.account().getId().toString()).orElse(request.account());
    LoanParams params =
        LoanTerms.paramsOf(tx, account.getLeadId()).orElseThrow(() -> paramsMissing(account));
    LoanTerms terms = LoanTerms.of(params);
    BigDecimal principal = Rupees.of(request.principal());
    LineLimit.requireAvailable(account, principal, "/amount");
    Bank creditBank = creditBank(tx, request.creditBankId());
    LocalDate businessDate = dates.pinned(tx);

    int count = request.emiCount() != null ? request.emiCount() : terms.emiCount();
    BigDecimal at = Timestamps.of(now);
    Loan loan =
        new Loan()
            .id(RefIds.newId())
            .createdAt(at)
            .updatedAt(at)
            .refId(RefIds.loan(Sequences.next(tx, Sequences.LOANS)))
            .account(account.getId())
            .topup(request.topupId())
            .status(lifecycle.machine().created(request.operationId()))
            .principalAmount(principal)
            .disbursedAmount(Rupees.ZERO)
            .roiValue(terms.annualRatePercent())
            .interestType(terms.interestType())
            .emiCount(count)
            .emiAmount(
                EmiCalculator.emi(principal, terms.annualRatePercent(), count, terms.method()))
            .emiFrequency(Loan.EmiFrequencyEnum.MONTHLY)
            .disbursementDate(null)
            .firstDueDate(null)
            .maturityDate(null)
            .principalOutstanding(Rupees.ZERO)
            .interestOutstanding(Rupees.ZERO)
            .overdueInterest(Rupees.ZERO)
            .penalInterest(Rupees.ZERO)
            .totalOutstanding(Rupees.ZERO)
            .excessAmount(Rupees.ZERO)
            .dpd(0)
            .peakDpd(0)
            .closedAt(null);
    Payout payout =
        NewPayouts.draft(
                tx,
                PayoutType.LOAN_DISBURSEMENT,
                payouts.created(request.operationId()),
                account.getId(),
                loan.getId(),
                terms.netDisbursal(principal),
                creditBank,
                businessDate,
                now)
            .topup(request.topupId());
    tx.put(Kinds.PAYOUTS, payout.getId().toString(), payout);
    DisbursementShares.record(tx, payout, principal);
    LoanFile.booked(loan, account.getType()).save(tx, now);
    return new Booking(loan, payout);
  }

  @Override
  public void payoutChanged(
      StoreTransaction tx, Payout payout, PayoutStatus previous, String operationId, double now) {
    if (payout.getType() != PayoutType.LOAN_DISBURSEMENT
        || payout.getLoan() == null
        || payout.getStatus() == previous
        || !MOVES_A_LOAN.contains(payout.getStatus())) {
      return;
    }
    Portfolio portfolio = Portfolio.open(tx);
    LoanFile file = portfolio.file(payout.getLoan()).orElse(null);
    if (file == null) {
      return;
    }
    LocalDate businessDate = dates.pinned(tx);
    Loan loan = file.loan();
    // only the first payout, booked with the loan, decides whether the loan goes ahead; a tranche
    // that fails or is rejected leaves its share of the principal undisbursed
    boolean first = DisbursementShares.isFirst(tx, loan, payout);
    BigDecimal share = DisbursementShares.shareOf(tx, loan, payout);
    boolean changed =
        switch (payout.getStatus()) {
          case PROCESSED ->
              loan.getStatus() == LoanStatus.ACTIVE
                  ? addTranche(file, share, businessDate, now)
                  : lifecycle.follow(loan, operationId, LoanStatus.ACTIVE)
                      && activate(file, share, businessDate, now);
          case FAILED -> first && lifecycle.follow(loan, operationId, LoanStatus.FAILED);
          case REJECTED -> first && lifecycle.follow(loan, operationId, LoanStatus.REJECTED);
          case REQUESTED -> first && lifecycle.follow(loan, operationId, LoanStatus.REQUESTED);
          // the bank sent the disbursement back: the loan never reached the borrower (the stub
          // changes its status only; what it owed stays on file, and EOD no longer ages it)
          case REVERTED -> first && lifecycle.follow(loan, operationId, LoanStatus.REVERTED);
          default -> false;
        };
    if (changed) {
      portfolio.touch(file);
      portfolio.save(tx, lifecycle, null, businessDate, now);
    }
  }

  @Override
  public Loan refresh(StoreTransaction tx, UUID loanId, double now) {
    Portfolio portfolio = Portfolio.open(tx);
    LoanFile file =
        portfolio.file(loanId).orElseThrow(() -> new IllegalArgumentException("No loan " + loanId));
    portfolio.touch(file);
    portfolio.save(tx, lifecycle, null, dates.pinned(tx), now);
    return file.loan();
  }

  /**
   * The first disbursement paid out (the one booked with the loan, for the whole principal unless
   * tranches were carved out of it): the schedule starts on the business date, over its share.
   */
  private static boolean activate(
      LoanFile file, BigDecimal share, LocalDate businessDate, double now) {
    Loan loan = file.loan();
    List<Emi> emis =
        LoanSchedule.emis(
            loan.getId(),
            loan.getAccount(),
            share,
            loan.getRoiValue(),
            loan.getEmiCount(),
            InterestMethod.of(loan.getInterestType().getValue()),
            businessDate,
            1,
            RefIds::newId,
            Timestamps.of(now));
    file.replaceEmis(List.of(), emis);
    loan.disbursedAmount(share)
        .emiAmount(emis.get(0).getEmiAmount())
        .disbursementDate(BigDecimal.valueOf(BusinessCalendar.dayStart(businessDate)))
        .firstDueDate(emis.get(0).getDueDate())
        .maturityDate(emis.get(emis.size() - 1).getDueDate());
    return true;
  }

  /** A tranche paid out: its principal is spread over the EMIs still to come (at least one). */
  private static boolean addTranche(
      LoanFile file, BigDecimal share, LocalDate businessDate, double now) {
    Loan loan = file.loan();
    loan.disbursedAmount(Rupees.add(loan.getDisbursedAmount(), share));
    Rescheduling.rebuildFuture(
        file,
        share,
        Math.max(1, Rescheduling.future(file, businessDate).size()),
        loan.getRoiValue(),
        InterestMethod.of(loan.getInterestType().getValue()),
        businessDate,
        Timestamps.of(now));
    return true;
  }

  private static Bank creditBank(StoreView view, UUID id) {
    if (id == null) {
      return null;
    }
    return view.get(Kinds.BANKS, id.toString())
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "bank", id.toString(), ErrorDetails.body("/credit_bank_id", "no such bank")));
  }

  private static ApiException paramsMissing(Account account) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("account", account.getId().toString());
    details.put("lead_id", account.getLeadId());
    return ApiException.conflict(
        ErrorCode.LOAN_PARAMS_MISSING,
        "The account's lead "
            + account.getLeadId()
            + " has no loan parameters: create them with Initiate Loan Params.",
        details);
  }
}
