package io.crego.contract.stub.fees;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;

/**
 * The Fee operations. Loans are the loans domain's: the business date and a loan's outstanding
 * (which includes its fees) come through the {@link LoanBook}. The refusals fees share with a
 * lifecycle, such as a fee on a loan that is not active, are stated in the operations'
 * descriptions.
 */
public final class FeeHandlers implements HandlerGroup {

  private final FeeCharges feeCharges;
  private final FeeReads feeReads;
  private final FeeDemands feeDemands;

  public FeeHandlers(Store store, LoanBook loans) {
    this.feeCharges = new FeeCharges(store, loans);
    this.feeReads = new FeeReads(store);
    this.feeDemands = new FeeDemands(store, loans);
  }

  @Override
  public void register(HandlerRegistry registry) {
    registry
        .on(OperationIds.CREATE_FEE, feeCharges::create)
        .on(OperationIds.BULK_CREATE_FEES, feeCharges::bulkCreate)
        .on(OperationIds.LIST_FEES, feeReads::list)
        .on(OperationIds.GET_FEE, feeReads::get)
        .on(OperationIds.DELETE_FEE, feeCharges::delete)
        .on(OperationIds.GET_FEE_DEMANDS, feeDemands::list);
  }
}
