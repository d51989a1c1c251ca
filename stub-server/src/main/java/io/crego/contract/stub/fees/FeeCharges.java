package io.crego.contract.stub.fees;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.FeeBulkCreate;
import io.crego.contract.spec.model.FeeCreate;
import io.crego.contract.spec.model.FeeStatus;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.bulk.BulkResults;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Create Fee, Bulk Create Fee and Delete Fee: the operations that change what a loan owes. A fee is
 * a demand of its loan, so each change rebuilds the loan's outstanding through the {@link LoanBook}
 * in the same unit of work: the fee and the loan's total move together or not at all. Payments
 * against fees are the loans domain's (settlement updates {@code paid_amount} and {@code status}).
 */
final class FeeCharges {

  /** Statuses a fee can have with nothing paid against it: where Delete Fee is allowed. */
  private static final List<String> DELETABLE =
      List.of(FeeStatus.DUE.getValue(), FeeStatus.WAIVED.getValue());

  private final Store store;
  private final LoanBook loans;

  FeeCharges(Store store, LoanBook loans) {
    this.store = store;
    this.loans = loans;
  }

  ApiResponse create(OperationContext context) {
    FeeCreate request = context.body(FeeCreate.class);
    Fee fee =
        store.write(
            context.companyId(), tx -> charge(tx, request, OperationIds.CREATE_FEE, context.now()));
    return JsonAnswers.created(fee);
  }

  /** Each item on its own, checked as Create Fee would: a refused item leaves the others. */
  ApiResponse bulkCreate(OperationContext context) {
    List<FeeCreate> items = context.body(FeeBulkCreate.class).getFees();
    BulkResults outcome =
        store.write(
            context.companyId(),
            tx -> {
              BulkResults results = new BulkResults();
              for (int i = 0; i < items.size(); i++) {
                FeeCreate item = items.get(i);
                try {
                  results.created(
                      i, charge(tx, item, OperationIds.BULK_CREATE_FEES, context.now()).getId());
                } catch (ApiException refused) {
                  results.failed(i, refused);
                }
              }
              return results;
            });
    return JsonAnswers.ok(outcome.result());
  }

  /** Only a fee nothing has been paid against; 204, and its loan owes it no more. */
  ApiResponse delete(OperationContext context) {
    String id = context.pathParam("id");
    store.write(
        context.companyId(),
        tx -> {
          Fee fee = Documents.inPath(tx, Kinds.FEES, "fee", id);
          BigDecimal paid = Rupees.orZero(fee.getPaidAmount());
          if (Rupees.isPositive(paid)) {
            throw paidAgainst(fee, paid);
          }
          tx.delete(Kinds.FEES, id);
          if (tx.get(Kinds.LOANS, fee.getLoan().toString()).isPresent()) {
            loans.refresh(tx, fee.getLoan(), context.now());
          }
          return null;
        });
    return ApiResponse.noContent();
  }

  /**
   * Checks one fee against its loan, stores it, and has the loan include it. The checks come before
   * any write, so a refused item of a bulk request leaves nothing behind.
   */
  private Fee charge(StoreTransaction tx, FeeCreate request, String operationId, double now) {
    Loan loan = Documents.loan(tx, request.getLoanId(), "/loan_id");
    if (loan.getStatus() != LoanStatus.ACTIVE) {
      throw ApiException.parentNotReady(
          "loan",
          loan.getId().toString(),
          loan.getStatus().getValue(),
          operationId,
          List.of(LoanStatus.ACTIVE.getValue()),
          ApiException.ParentField.body("/loan_id"));
    }
    FeeAmounts amounts = FeeAmounts.of(request.getAmount(), request.getGstPercentage());
    BigDecimal dueDate =
        request.getDueDate() != null
            ? Timestamps.of(request.getDueDate())
            : BusinessCalendar.dayEnd(loans.businessDate(tx));
    BigDecimal at = Timestamps.of(now);
    UUID id = RefIds.newId();
    Fee fee =
        new Fee()
            .id(id)
            .createdAt(at)
            .updatedAt(at)
            .loan(loan.getId())
            .account(loan.getAccount())
            .type(request.getType())
            .amount(amounts.amount())
            .gstPercentage(amounts.gstPercentage())
            .gstAmount(amounts.gst())
            .totalAmount(amounts.total())
            .paidAmount(Rupees.ZERO)
            .dueDate(dueDate)
            .status(FeeStatus.DUE)
            .remark(request.getRemark());
    tx.put(Kinds.FEES, id.toString(), fee);
    loans.refresh(tx, loan.getId(), now);
    return fee;
  }

  /** 409: money was received against the fee, so deleting it would lose track of that money. */
  private static ApiException paidAgainst(Fee fee, BigDecimal paid) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("resource", "fee");
    details.put("current_status", fee.getStatus().getValue());
    details.put("operation", OperationIds.DELETE_FEE);
    details.put("allowed_from", DELETABLE);
    details.put("paid_amount", paid);
    return ApiException.conflict(
        ErrorCode.TRANSITION_NOT_ALLOWED,
        "Fee "
            + fee.getId()
            + " has "
            + paid.toPlainString()
            + " paid against it; only a fee nothing has been paid against can be deleted.",
        details);
  }
}
