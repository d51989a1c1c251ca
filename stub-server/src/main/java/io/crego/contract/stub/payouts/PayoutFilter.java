package io.crego.contract.stub.payouts;

import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.PayoutType;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.paging.StoredPages.Candidates;
import java.util.UUID;
import java.util.function.Predicate;

/** Which payouts List Payouts wants; every criterion is optional. */
record PayoutFilter(PayoutStatus status, PayoutType type, UUID account, UUID loan)
    implements Predicate<Payout> {

  static PayoutFilter fromQuery(OperationContext context) {
    return new PayoutFilter(
        context.query("status", PayoutStatus.class).orElse(null),
        context.query("type", PayoutType.class).orElse(null),
        context.query("account", UUID.class).orElse(null),
        context.query("loan", UUID.class).orElse(null));
  }

  /**
   * Where a listing by this filter starts, and what is left to test on those payouts: the index of
   * its loan, else of its account, else of its status; the whole kind when it names none of them.
   *
   * @param rest null when the candidates are exactly the matching payouts
   */
  record Lookup(Candidates<Payout> candidates, PayoutFilter rest) {}

  Lookup lookup() {
    if (loan != null) {
      return narrowed(
          Candidates.under(PayoutIndexes.BY_LOAN, loan.toString()),
          new PayoutFilter(status, type, account, null));
    }
    if (account != null) {
      return narrowed(
          Candidates.under(PayoutIndexes.BY_ACCOUNT, account.toString()),
          new PayoutFilter(status, type, null, null));
    }
    if (status != null) {
      return narrowed(
          Candidates.under(PayoutIndexes.BY_STATUS, status.getValue()),
          new PayoutFilter(null, type, null, null));
    }
    return narrowed(Candidates.all(Kinds.PAYOUTS), this);
  }

  private static Lookup narrowed(Candidates<Payout> candidates, PayoutFilter rest) {
    return new Lookup(candidates, rest.isEmpty() ? null : rest);
  }

  private boolean isEmpty() {
    return status == null && type == null && account == null && loan == null;
  }

  @Override
  public boolean test(Payout payout) {
    return (status == null || status == payout.getStatus())
        && (type == null || type == payout.getType())
        && (account == null || account.equals(payout.getAccount()))
        && (loan == null || loan.equals(payout.getLoan()));
  }
}
