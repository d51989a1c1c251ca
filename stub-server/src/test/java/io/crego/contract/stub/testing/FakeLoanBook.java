package io.crego.contract.stub.testing;

import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The part of the loans domain the reference data uses: a settable business date, and a refresh
 * that only notes which loan it was asked to rebuild (and when), so tests can check the seam.
 */
public final class FakeLoanBook implements LoanBook {

  private LocalDate businessDate;
  private final List<UUID> refreshed = new ArrayList<>();

  public FakeLoanBook(LocalDate businessDate) {
    this.businessDate = businessDate;
  }

  public void businessDate(LocalDate date) {
    this.businessDate = date;
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
  public Loan refresh(StoreTransaction tx, UUID loanId, double now) {
    refreshed.add(loanId);
    return tx.get(Kinds.LOANS, loanId.toString()).orElseThrow();
  }

  @Override
  public Booking book(StoreTransaction tx, BookingRequest request, double now) {
    throw new UnsupportedOperationException("not used by reference data");
  }

  @Override
  public void payoutChanged(
      StoreTransaction tx, Payout payout, PayoutStatus previous, String operationId, double now) {
    throw new UnsupportedOperationException("not used by reference data");
  }
}
