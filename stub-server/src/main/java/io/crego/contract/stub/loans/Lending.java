package io.crego.contract.stub.loans;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.time.LocalDate;
import java.util.UUID;

/** The loans domain's implementation of {@link LoanBook}. Skeleton: being implemented. */
public final class Lending implements LoanBook {

  public Lending(CregoSpec spec) {}

  @Override
  public LocalDate businessDate(StoreView view) {
    return LocalDate.now(BusinessCalendar.IST);
  }

  @Override
  public Booking book(StoreTransaction tx, BookingRequest request, double now) {
    throw new UnsupportedOperationException("loan booking is not implemented yet");
  }

  @Override
  public void payoutChanged(
      StoreTransaction tx, Payout payout, PayoutStatus previous, String operationId, double now) {
    throw new UnsupportedOperationException("payout outcomes are not implemented yet");
  }

  @Override
  public Loan refresh(StoreTransaction tx, UUID loanId, double now) {
    throw new UnsupportedOperationException("loan refresh is not implemented yet");
  }
}
