package io.crego.contract.stub.topups;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.loans.EndOfDayStep;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;

/** The Topups and Topup Group operations. Skeleton: being implemented. */
public final class TopupHandlers implements HandlerGroup {

  public TopupHandlers(Store store, CregoSpec spec, LoanBook loans) {}

  /** EOD's step for topups scheduled for the new business date. */
  public EndOfDayStep scheduledTopups() {
    return (tx, newDate, now) -> {};
  }

  @Override
  public void register(HandlerRegistry registry) {}
}
