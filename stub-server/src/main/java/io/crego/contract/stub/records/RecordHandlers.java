package io.crego.contract.stub.records;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.store.Store;

/**
 * The Records group (and Loans' Initiate Adjustment, which books a record): wires the handlers to
 * their operations. The lifecycles come from the spec; applying money to loans goes through the
 * {@link LoanLedger}.
 */
public final class RecordHandlers implements HandlerGroup {

  private final RecordCreation creation;
  private final RecordReads reads;
  private final RecordExport export;
  private final RecordProcessing processing;
  private final NachDebits nach;
  private final ExcessRefunds refunds;
  private final Adjustments adjustments;

  public RecordHandlers(Store store, CregoSpec spec, LoanLedger ledger) {
    TransitionGuard<RecordStatus> records =
        TransitionGuard.forSchema(spec, "Record", RecordStatus.class);
    TransitionGuard<PayoutStatus> payouts =
        TransitionGuard.forSchema(spec, "Payout", PayoutStatus.class);
    TransitionGuard<LoanStatus> loans = TransitionGuard.forSchema(spec, "Loan", LoanStatus.class);
    this.creation = new RecordCreation(store, records);
    this.reads = new RecordReads(store);
    this.export = new RecordExport(store);
    this.processing = new RecordProcessing(store, records, ledger);
    this.nach = new NachDebits(store, records, ledger);
    this.refunds = new ExcessRefunds(store, records, payouts);
    this.adjustments = new Adjustments(store, records, loans, ledger);
  }

  @Override
  public void register(HandlerRegistry registry) {
    registry
        .on(OperationIds.CREATE_RECORD, creation::create)
        .on(OperationIds.BULK_CREATE_RECORDS, creation::bulkCreate)
        .on(OperationIds.GET_RECORD, reads::get)
        .on(OperationIds.LIST_RECORDS, reads::list)
        .on(OperationIds.LIST_UNMATCHED_RECORDS, reads::unmatched)
        .on(OperationIds.EXPORT_RECORDS, export::export)
        .on(OperationIds.REQUEST_RECORD_APPROVAL, processing::requestApproval)
        .on(OperationIds.MARK_RECORD_PROCESSED, processing::markProcessed)
        .on(OperationIds.BULK_NACH_REQUEST, nach::bulkRequest)
        .on(OperationIds.UPDATE_NACH_PRESENTATION_STATUS, nach::presentationStatus)
        .on(OperationIds.INITIATE_EXCESS_PAYMENT_REFUND, refunds::refund)
        .on(OperationIds.INITIATE_RECORD_ADJUSTMENT, adjustments::applyToLoan)
        .on(OperationIds.INITIATE_LOAN_ADJUSTMENT, adjustments::bookOnLoan);
  }
}
