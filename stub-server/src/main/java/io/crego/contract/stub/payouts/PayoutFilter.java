package io.crego.contract.stub.payouts;

import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.PayoutType;
import io.crego.contract.stub.core.OperationContext;
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

  @Override
  public boolean test(Payout payout) {
    return (status == null || status == payout.getStatus())
        && (type == null || type == payout.getType())
        && (account == null || account.equals(payout.getAccount()))
        && (loan == null || loan.equals(payout.getLoan()));
  }
}
