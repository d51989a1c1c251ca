package io.crego.contract.stub.records;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.domain.LoanLedger;
import io.crego.contract.stub.lifecycle.StateMachine;
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
    StateMachine<RecordStatus> records = StateMachine.forSchema(spec, "Record", RecordStatus.class);
    StateMachine<PayoutStatus> payouts = StateMachine.forSchema(spec, "Payout", PayoutStatus.class);
    StateMachine<LoanStatus> loans = StateMachine.forSchema(spec, "Loan", LoanStatus.class);
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
        .on(RecordCreation.CREATE, creation::create)
        .on(RecordCreation.BULK_CREATE, creation::bulkCreate)
        .on(RecordReads.GET, reads::get)
        .on(RecordReads.LIST, reads::list)
        .on(RecordReads.UNMATCHED, reads::unmatched)
        .on(RecordExport.EXPORT, export::export)
        .on(RecordProcessing.REQUEST_APPROVAL, processing::requestApproval)
        .on(RecordProcessing.MARK_PROCESSED, processing::markProcessed)
        .on(NachDebits.BULK_REQUEST, nach::bulkRequest)
        .on(NachDebits.PRESENTATION_STATUS, nach::presentationStatus)
        .on(ExcessRefunds.REFUND, refunds::refund)
        .on(Adjustments.RECORD_ADJUSTMENT, adjustments::applyToLoan)
        .on(Adjustments.LOAN_ADJUSTMENT, adjustments::bookOnLoan);
  }
}
