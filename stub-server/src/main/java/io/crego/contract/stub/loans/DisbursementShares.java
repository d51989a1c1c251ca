package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.PayoutType;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How much of a loan's sanctioned principal each of its disbursement payouts pays out — its gross,
 * before the processing fee the first one withholds. A payout carries only its net amount, so the
 * share is kept beside it, keyed by the payout's id; the loan's {@code disbursed_amount} grows by a
 * payout's share when the bank pays it. The shares of a loan's live payouts never add up to more
 * than its principal.
 */
public final class DisbursementShares {

  /** One payout's share. */
  record Share(String loan, BigDecimal principal) {}

  static final Kind<Share> KIND = new Kind<>("disbursement_shares", Share.class);

  /** Payouts whose money is out or may still go out (a failed one may be retried). */
  private static final Set<PayoutStatus> LIVE =
      EnumSet.of(
          PayoutStatus.REQUESTED,
          PayoutStatus.SEND_TO_BANK,
          PayoutStatus.PROCESSING,
          PayoutStatus.PROCESSED,
          PayoutStatus.FAILED);

  private DisbursementShares() {}

  public static void record(StoreTransaction tx, Payout payout, BigDecimal principal) {
    tx.put(
        KIND,
        payout.getId().toString(),
        new Share(payout.getLoan().toString(), Rupees.of(principal)));
  }

  /** The loan's disbursement payouts, the first (booked with the loan) first. */
  public static List<Payout> of(StoreView view, Loan loan) {
    return view.all(Kinds.PAYOUTS).stream()
        .filter(p -> p.getType() == PayoutType.LOAN_DISBURSEMENT)
        .filter(p -> loan.getId().equals(p.getLoan()))
        .toList();
  }

  static boolean isLive(Payout payout) {
    return LIVE.contains(payout.getStatus());
  }

  /**
   * The payout's share. A topup's loan pays out its whole principal in each attempt (the payout
   * booked with it, or one Reinitiate Payout booked after it failed). For a payout stored without
   * one (an imported book), the loan's first payout has what its other live payouts leave of the
   * principal, any other its amount.
   */
  public static BigDecimal shareOf(StoreView view, Loan loan, Payout payout) {
    if (loan.getTopup() != null) {
      return Rupees.of(loan.getPrincipalAmount());
    }
    return view.get(KIND, payout.getId().toString())
        .map(Share::principal)
        .orElseGet(() -> fallback(view, loan, payout));
  }

  /** The shares of the loan's live payouts. */
  public static BigDecimal committed(StoreView view, Loan loan) {
    BigDecimal committed = Rupees.ZERO;
    for (Payout payout : of(view, loan)) {
      if (isLive(payout)) {
        committed = Rupees.add(committed, shareOf(view, loan, payout));
      }
    }
    return committed;
  }

  /**
   * Whether the payout is the one that decides whether the loan goes ahead: a term loan's first
   * payout (booked with the loan; its tranches do not decide). A topup's loan takes no tranches,
   * and each of its payouts pays out the whole principal: after one fails, Reinitiate Payout books
   * a new one in its place, so its latest payout decides.
   */
  static boolean isFirst(StoreView view, Loan loan, Payout payout) {
    List<Payout> payouts = of(view, loan);
    if (payouts.isEmpty()) {
      return false;
    }
    Payout deciding = loan.getTopup() == null ? payouts.get(0) : payouts.get(payouts.size() - 1);
    return deciding.getId().equals(payout.getId());
  }

  private static BigDecimal fallback(StoreView view, Loan loan, Payout payout) {
    List<Payout> payouts = of(view, loan);
    if (payouts.isEmpty() || !payouts.get(0).getId().equals(payout.getId())) {
      return Rupees.of(payout.getAmount());
    }
    BigDecimal others = Rupees.ZERO;
    for (Payout other : payouts.subList(1, payouts.size())) {
      if (isLive(other)) {
        others = Rupees.add(others, shareOf(view, loan, other));
      }
    }
    return Rupees.subtract(loan.getPrincipalAmount(), others).max(Rupees.ZERO);
  }
}
