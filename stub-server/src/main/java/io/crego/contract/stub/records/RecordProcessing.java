package io.crego.contract.stub.records;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.MarkProcessedRequest;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RequestApprovalRequest;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;

/** Request Approval and Mark Processed: a booked record on its way to {@code processed}. */
final class RecordProcessing {

  private final Store store;
  private final TransitionGuard<RecordStatus> lifecycle;
  private final LoanLedger ledger;

  RecordProcessing(Store store, TransitionGuard<RecordStatus> lifecycle, LoanLedger ledger) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.ledger = ledger;
  }

  ApiResponse requestApproval(OperationContext context) {
    String remark =
        context.body().isObject() ? context.body(RequestApprovalRequest.class).getRemark() : null;
    Record record =
        store.write(
            context.companyId(),
            tx -> {
              Record current = RecordReferences.record(tx, context.pathParam("id"));
              current.status(
                  lifecycle.next(OperationIds.REQUEST_RECORD_APPROVAL, current.getStatus()));
              if (remark != null) {
                current.remark(remark);
              }
              NewRecords.touch(current, context.now());
              tx.put(Kinds.RECORDS, current.getId().toString(), current);
              return current;
            });
    return JsonAnswers.ok(record);
  }

  /**
   * Checks in this order, all inside the one unit of work that also writes the result: the record
   * (404), the bank (404), the lifecycle (409 {@code TRANSITION_NOT_ALLOWED}), the UTR (409 {@code
   * DUPLICATE_UTR}). Of concurrent calls for one record exactly one gets past the lifecycle.
   */
  ApiResponse markProcessed(OperationContext context) {
    MarkProcessedRequest request = context.body(MarkProcessedRequest.class);
    Record record =
        store.write(
            context.companyId(),
            tx -> {
              Record current = RecordReferences.record(tx, context.pathParam("id"));
              Bank bank =
                  RecordReferences.bank(tx, request.getCollectionBankId(), "/collection_bank_id");
              RecordStatus next =
                  lifecycle.next(OperationIds.MARK_RECORD_PROCESSED, current.getStatus());
              UsedUtrs.of(tx).requireFree(request.getUtr(), current.getId(), "/utr");

              BigDecimal settledAt = Timestamps.of(request.getSettledAt().longValue());
              current
                  .status(next)
                  .isProcessed(true)
                  .utr(request.getUtr())
                  .settledAt(settledAt)
                  .bankDate(settledAt)
                  .collectionBank(bank);
              NewRecords.touch(current, context.now());
              // stores the record, settled or not
              return ledger.settleRepayment(
                  tx, current, OperationIds.MARK_RECORD_PROCESSED, context.now());
            });
    return JsonAnswers.ok(record);
  }
}
