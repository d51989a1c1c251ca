package io.crego.contract.stub.reference;

import io.crego.contract.spec.CregoSpec;
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
        .on(LineDetailReads.FILTER, lineReads::filter)
        .on(LineGrants.CREATE, lineGrants::create)
        .on(LineDetailReads.RETRIEVE, lineReads::retrieve)
        .on(LineDetailChanges.UPDATE, lineChanges::update)
        .on(LineDetailReads.BY_TYPE, lineReads::byType)
        .on(LineGrants.BULK_INTERNAL, lineGrants::bulkInternal)
        .on(LoanDataEntries.CREATE, loanData::create)
        .on(LoanDataEntries.RETRIEVE, loanData::retrieve)
        .on(LoanDataEntries.UPDATE, loanData::update)
        .on(FeeCharges.CREATE, feeCharges::create)
        .on(FeeCharges.BULK_CREATE, feeCharges::bulkCreate)
        .on(FeeReads.LIST, feeReads::list)
        .on(FeeReads.GET, feeReads::get)
        .on(FeeCharges.DELETE, feeCharges::delete)
        .on(FeeDemands.LIST, feeDemands::list)
        .on(ExtraDataEntries.UPDATE, extraData::update)
        .on(ExtraDataEntries.LIST, extraData::list);
  }
}
