package io.crego.contract.stub.loans;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.store.Store;
import java.util.List;

/** The Accounts, Loans and EMIs operations. Skeleton: being implemented. */
public final class LoanHandlers implements HandlerGroup {

  public LoanHandlers(
      Store store, CregoSpec spec, Lending lending, List<EndOfDayStep> endOfDaySteps) {}

  @Override
  public void register(HandlerRegistry registry) {}
}
