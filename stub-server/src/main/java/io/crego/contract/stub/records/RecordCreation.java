package io.crego.contract.stub.records;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordBulkCreate;
import io.crego.contract.spec.model.RecordCreate;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.bulk.BulkResults;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoredJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Create Record and Bulk Create Records: money received, booked {@code pending}. */
final class RecordCreation {

  private final Store store;
  private final TransitionGuard<RecordStatus> lifecycle;

  RecordCreation(Store store, TransitionGuard<RecordStatus> lifecycle) {
    this.store = store;
    this.lifecycle = lifecycle;
  }

  ApiResponse create(OperationContext context) {
    RecordCreate item = context.body(RecordCreate.class);
    // The answer is the record as stored: its text, and the tree that text was written from for
    // the response check, so the record is encoded once and its answer never parsed back.
    StoredJson stored =
        store.write(
            context.companyId(),
            tx -> {
              UsedUtrs utrs = UsedUtrs.of(tx);
              Record record = checked(tx, item, utrs, OperationIds.CREATE_RECORD, context);
              StoredJson json = tx.putJson(Kinds.RECORDS, record.getId().toString(), record);
              claimUtr(utrs, record);
              return json;
            });
    return ApiResponse.json(201, stored.tree(), stored.text());
  }

  /**
   * Each item on its own, read and checked as Create Record would: a refused item is reported and
   * the others are still created.
   */
  ApiResponse bulkCreate(OperationContext context) {
    List<RecordCreate> items = context.body(RecordBulkCreate.class).getRecords();
    BulkResults results =
        store.write(
            context.companyId(),
            tx -> {
              UsedUtrs utrs = UsedUtrs.of(tx);
              BulkResults outcome = new BulkResults();
              for (int i = 0; i < items.size(); i++) {
                try {
                  outcome.created(
                      i,
                      add(tx, items.get(i), utrs, OperationIds.BULK_CREATE_RECORDS, context)
                          .getId());
                } catch (ApiException refused) {
                  outcome.failed(i, refused);
                }
              }
              return outcome;
            });
    return JsonAnswers.ok(results.result());
  }

  /**
   * Checks one item against the company's data, then stores its record. Every check comes before
   * the first write, so a refused item leaves nothing behind in the unit of work.
   */
  private Record add(
      StoreTransaction tx,
      RecordCreate item,
      UsedUtrs utrs,
      String operationId,
      OperationContext context) {
    Record record = checked(tx, item, utrs, operationId, context);
    tx.put(Kinds.RECORDS, record.getId().toString(), record);
    claimUtr(utrs, record);
    return record;
  }

  /** The item's record, not stored yet, once the item passed every check against the company. */
  private Record checked(
      StoreTransaction tx,
      RecordCreate item,
      UsedUtrs utrs,
      String operationId,
      OperationContext context) {
    UUID account = item.getAccountId();
    RecordReferences.requireAccount(tx, account, "/account_id");
    List<UUID> loans = loansOf(tx, item, account);
    String utr = item.getUtr();
    if (utr != null) {
      utrs.requireFree(utr, null, "/utr");
    }

    Record record =
        NewRecords.draft(
                tx,
                account,
                Objects.requireNonNullElse(item.getType(), RecordType.REPAYMENT),
                item.getReceivedAmount(),
                Rupees.orZero(item.getTdsAmount()),
                lifecycle.created(operationId),
                context.now())
            .date(Timestamps.of(item.getDate().longValue()))
            .utr(utr)
            .remark(item.getRemark())
            .uploadedById(context.tenant().userId())
            .loans(loans);
    if (item.getPaymentMode() != null) {
      record.paymentMode(item.getPaymentMode().getValue());
    }
    return record;
  }

  private static void claimUtr(UsedUtrs utrs, Record record) {
    if (record.getUtr() != null) {
      utrs.claim(record.getUtr(), record.getId());
    }
  }

  /** The loans the item names: each must exist in the company and belong to its account. */
  private static List<UUID> loansOf(StoreTransaction tx, RecordCreate item, UUID account) {
    Set<UUID> loans = new LinkedHashSet<>();
    List<UUID> named = item.getLoanIds() == null ? List.of() : item.getLoanIds();
    for (int i = 0; i < named.size(); i++) {
      String pointer = "/loan_ids/" + i;
      Loan loan =
          RecordReferences.loan(tx, named.get(i), ErrorDetails.body(pointer, "no such loan"));
      if (!loan.getAccount().equals(account)) {
        throw ApiException.invalid(
            ErrorDetails.body(pointer, "is a loan of another account, not of " + account));
      }
      loans.add(loan.getId());
    }
    return new ArrayList<>(loans);
  }
}
