package io.crego.contract.stub.linedetails;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;

/**
 * The Line Details operations. A line detail granted on an account checks the account's loans
 * through the {@link LoanBook}.
 */
public final class LineDetailHandlers implements HandlerGroup {

  private final LineGrants lineGrants;
  private final LineDetailReads lineReads;
  private final LineDetailChanges lineChanges;

  public LineDetailHandlers(Store store, LoanBook loans) {
    this.lineGrants = new LineGrants(store, loans);
    this.lineReads = new LineDetailReads(store);
    this.lineChanges = new LineDetailChanges(store);
  }

  @Override
  public void register(HandlerRegistry registry) {
    registry
        .on(OperationIds.FILTER_LINE_DETAILS, lineReads::filter)
        .on(OperationIds.CREATE_LINE_DETAIL, lineGrants::create)
        .on(OperationIds.RETRIEVE_LINE_DETAIL, lineReads::retrieve)
        .on(OperationIds.UPDATE_LINE_DETAIL, lineChanges::update)
        .on(OperationIds.GET_LINE_DETAILS_BY_TYPE, lineReads::byType)
        .on(OperationIds.BULK_CREATE_INTERNAL_LINE_DETAILS, lineGrants::bulkInternal);
  }
}
