package io.crego.contract.stub.reference;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;

/** The Line Details, Loan Data, Fee and Extra Data operations. Skeleton: being implemented. */
public final class ReferenceDataHandlers implements HandlerGroup {

  public ReferenceDataHandlers(Store store, CregoSpec spec, LoanBook loans) {}

  @Override
  public void register(HandlerRegistry registry) {}
}
