package io.crego.contract.stub.reference;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;

/**
 * The Line Details, Loan Data, Fee and Extra Data groups: wires the handlers to their operations.
 * Loans are the loans domain's: the business date and a loan's outstanding (which includes its
 * fees) come through the {@link LoanBook}.
 */
public final class ReferenceDataHandlers implements HandlerGroup {

  private final LineGrants lineGrants;
  private final LineDetailReads lineReads;
  private final LineDetailChanges lineChanges;
  private final LoanDataEntries loanData;
  private final FeeCharges feeCharges;
  private final FeeReads feeReads;
  private final FeeDemands feeDemands;
  private final ExtraDataEntries extraData;

  /**
   * @param spec the contract; these groups have no lifecycle table in it (the refusals they share
   *     with a lifecycle, such as a fee on a loan that is not active, are stated in the operations'
   *     descriptions), so nothing is read from it yet
   */
  public ReferenceDataHandlers(Store store, CregoSpec spec, LoanBook loans) {
    this.lineGrants = new LineGrants(store, loans);
    this.lineReads = new LineDetailReads(store);
    this.lineChanges = new LineDetailChanges(store);
    this.loanData = new LoanDataEntries(store);
    this.feeCharges = new FeeCharges(store, loans);
    this.feeReads = new FeeReads(store);
    this.feeDemands = new FeeDemands(store, loans);
    this.extraData = new ExtraDataEntries(store);
  }

  @Override
  public void register(HandlerRegistry registry) {
    registry
        .on(OperationIds.FILTER_LINE_DETAILS, lineReads::filter)
        .on(OperationIds.CREATE_LINE_DETAIL, lineGrants::create)
        .on(OperationIds.RETRIEVE_LINE_DETAIL, lineReads::retrieve)
        .on(OperationIds.UPDATE_LINE_DETAIL, lineChanges::update)
        .on(OperationIds.GET_LINE_DETAILS_BY_TYPE, lineReads::byType)
        .on(OperationIds.BULK_CREATE_INTERNAL_LINE_DETAILS, lineGrants::bulkInternal)
        .on(OperationIds.CREATE_LOAN_DATA, loanData::create)
        .on(OperationIds.RETRIEVE_LOAN_DATA, loanData::retrieve)
        .on(OperationIds.UPDATE_LOAN_DATA, loanData::update)
        .on(OperationIds.CREATE_FEE, feeCharges::create)
        .on(OperationIds.BULK_CREATE_FEES, feeCharges::bulkCreate)
        .on(OperationIds.LIST_FEES, feeReads::list)
        .on(OperationIds.GET_FEE, feeReads::get)
        .on(OperationIds.DELETE_FEE, feeCharges::delete)
        .on(OperationIds.GET_FEE_DEMANDS, feeDemands::list)
        .on(OperationIds.UPDATE_EXTRA_DATA, extraData::update)
        .on(OperationIds.LIST_EXTRA_DATA, extraData::list);
  }
}
