package io.crego.contract.stub.loans;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.store.Store;

/**
 * The Loans operations, wired to the loans domain. Loan statuses follow the spec's Loan lifecycle;
 * money moves through {@link Lending} and its ledger.
 */
public final class LoanHandlers implements HandlerGroup {

  private final LoanReads reads;
  private final LoanChanges changes;
  private final CashbackExport cashback;

  public LoanHandlers(Store store, Lending lending) {
    this.reads = new LoanReads(store, lending);
    this.changes = new LoanChanges(store, lending);
    this.cashback = new CashbackExport(store, lending);
  }

  @Override
  public void register(HandlerRegistry registry) {
    registry
        .on(OperationIds.LIST_LOANS, reads::list)
        .on(OperationIds.LIST_LOANS_WITH_EXCESS_BALANCE, reads::withExcess)
        .on(OperationIds.GET_LOAN_SUMMARY, reads::summary)
        .on(OperationIds.GET_EMI_AMOUNT, reads::emiAmount)
        .on(OperationIds.INITIATE_LOAN_REFUND, changes::refund)
        .on(OperationIds.EXPORT_CASHBACK, cashback::export);
  }
}
