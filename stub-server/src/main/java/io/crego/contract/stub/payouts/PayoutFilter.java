package io.crego.contract.stub.payouts;

import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.PayoutType;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.core.OperationContext;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/** Which payouts List Payouts wants; every criterion is optional. */
record PayoutFilter(PayoutStatus status, PayoutType type, UUID account, UUID loan)
    implements Predicate<Payout> {

  static PayoutFilter fromQuery(OperationContext context) {
    return new PayoutFilter(
        query(context, "status", PayoutStatus::fromValue),
        query(context, "type", PayoutType::fromValue),
        query(context, "account", UUID::fromString),
        query(context, "loan", UUID::fromString));
  }

  @Override
  public boolean test(Payout payout) {
    return (status == null || status == payout.getStatus())
        && (type == null || type == payout.getType())
        && (account == null || account.equals(payout.getAccount()))
        && (loan == null || loan.equals(payout.getLoan()));
  }

  /**
   * A query parameter read as the spec types it. The dispatcher has validated it already; a value
   * that still does not parse is reported like the dispatcher would.
   */
  private static <T> T query(OperationContext context, String name, Function<String, T> parse) {
    Optional<String> value = context.query(name);
    if (value.isEmpty() || value.get().isEmpty()) {
      return null;
    }
    try {
      return parse.apply(value.get());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(ErrorDetails.query(name, "is not a valid " + name));
    }
  }
}
