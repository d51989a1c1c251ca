package io.crego.contract.stub.payouts;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;

/** The Payouts operations. Skeleton: being implemented. */
public final class PayoutHandlers implements HandlerGroup {

  public PayoutHandlers(Store store, CregoSpec spec, LoanBook loans) {}

  @Override
  public void register(HandlerRegistry registry) {}
}
