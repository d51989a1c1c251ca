package io.crego.contract.stub.loandata;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.store.Store;

/** The Loan Data operations: the data a lender keeps on a loan. */
public final class LoanDataHandlers implements HandlerGroup {

  private final LoanDataEntries loanData;

  public LoanDataHandlers(Store store) {
    this.loanData = new LoanDataEntries(store);
  }

  @Override
  public void register(HandlerRegistry registry) {
    registry
        .on(OperationIds.CREATE_LOAN_DATA, loanData::create)
        .on(OperationIds.RETRIEVE_LOAN_DATA, loanData::retrieve)
        .on(OperationIds.UPDATE_LOAN_DATA, loanData::update);
  }
}
