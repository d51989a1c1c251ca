package io.crego.contract.stub.records;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.AdjustmentRequest;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordAdjustmentRequest;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Cashback and holdback: Initiate Adjustment books one on an active loan's account ({@code
 * processed} at once, all of it remaining); Initiate Adjustment for Cashback &amp; Holdback applies
 * what remains of one to a loan's dues.
 */
final class Adjustments {

  private final Store store;
  private final TransitionGuard<RecordStatus> records;
  private final TransitionGuard<LoanStatus> loans;
  private final LoanLedger ledger;

  Adjustments(
      Store store,
      TransitionGuard<RecordStatus> records,
      TransitionGuard<LoanStatus> loans,
      LoanLedger ledger) {
    this.store = store;
    this.records = records;
    this.loans = loans;
    this.ledger = ledger;
  }

  /**
   * Shaped like the vendor's example: the record names no loan in {@code loans}, carries the loan's
   * topup, and is {@code processed} with {@code is_processed} false (nothing settled yet).
   */
  ApiResponse bookOnLoan(OperationContext context) {
    AdjustmentRequest request = context.body(AdjustmentRequest.class);
    String loanId = context.pathParam("id");
    Record record =
        store.write(
            context.companyId(),
            tx -> {
              Loan loan =
                  RecordReferences.loan(
                      tx, UUID.fromString(loanId), ErrorDetails.path("id", "no such loan"));
              if (loan.getStatus() != LoanStatus.ACTIVE) {
                throw ApiException.parentNotReady(
                    "loan",
                    loanId,
                    loan.getStatus().getValue(),
                    context.operation().operationId(),
                    List.of(LoanStatus.ACTIVE.getValue()),
                    ApiException.ParentField.path("id"));
              }
              BigDecimal at = Timestamps.of(context.now());
              Record adjustment =
                  NewRecords.draft(
                          tx,
                          loan.getAccount(),
                          RecordType.fromValue(request.getType().getValue()),
                          request.getAmount(),
                          Rupees.ZERO,
                          records.created(OperationIds.INITIATE_LOAN_ADJUSTMENT),
                          context.now())
                      .settledAt(at)
                      .bankDate(at)
                      .topup(loan.getTopup());
              tx.put(Kinds.RECORDS, adjustment.getId().toString(), adjustment);
              return adjustment;
            });
    return JsonAnswers.created(record);
  }

  /**
   * Checks in order: the record (404), its type (409 {@code NOT_APPLICABLE}), its status (409
   * {@code TRANSITION_NOT_ALLOWED}), the loan (404, 400 when of another account, 409 when not
   * active), the amount (409 {@code AMOUNT_EXCEEDS_BALANCE}). Then settles the amount against what
   * the loan has due, as a repayment would; what the loan does not have due stays on the record as
   * its {@code remaining_amount} (all of it when nothing is due yet), for a later adjustment or a
   * refund. The Record lifecycle allows the adjustment whenever the record has money remaining, so
   * a loan with nothing due yet is no reason to refuse it.
   */
  ApiResponse applyToLoan(OperationContext context) {
    RecordAdjustmentRequest request = context.body(RecordAdjustmentRequest.class);
    Record record =
        store.write(
            context.companyId(),
            tx -> {
              Record current = RecordReferences.record(tx, context.pathParam("id"));
              RecordType type = current.getType();
              if (type != RecordType.CASHBACK && type != RecordType.HOLDBACK) {
                throw ApiException.conflict(
                    ErrorCode.NOT_APPLICABLE,
                    "Only cashback and holdback records are adjusted; this one is a " + type + ".",
                    Map.of("type", type.getValue()));
              }
              RecordStatus next =
                  records.next(OperationIds.INITIATE_RECORD_ADJUSTMENT, current.getStatus());
              Loan loan =
                  RecordReferences.loan(
                      tx, request.getLoanId(), ErrorDetails.body("/loan_id", "no such loan"));
              if (!loan.getAccount().equals(current.getAccount())) {
                throw ApiException.invalid(
                    ErrorDetails.body(
                        "/loan_id", "is a loan of another account than the record's"));
              }
              if (loan.getStatus() != LoanStatus.ACTIVE) {
                throw loans.notAllowed(
                    OperationIds.INITIATE_RECORD_ADJUSTMENT,
                    loan.getStatus(),
                    loans.allowedFrom(OperationIds.INITIATE_RECORD_ADJUSTMENT));
              }
              BigDecimal remaining = Rupees.of(current.getRemainingAmount());
              BigDecimal wanted =
                  request.getAmount() == null ? remaining : Rupees.of(request.getAmount());
              if (!Rupees.isPositive(remaining) || Rupees.exceeds(wanted, remaining)) {
                throw ExcessRefunds.exceedsBalance(wanted, remaining);
              }

              BigDecimal applied =
                  ledger.applyToLoan(
                      tx,
                      current,
                      loan,
                      wanted,
                      OperationIds.INITIATE_RECORD_ADJUSTMENT,
                      context.now());
              current.status(next).remainingAmount(Rupees.subtract(remaining, applied));
              if (type == RecordType.CASHBACK) {
                current.cashbackLoan(loan.getId());
              } else {
                current.holdbackLoan(loan.getId());
              }
              List<UUID> named = new ArrayList<>(current.getLoans());
              if (!named.contains(loan.getId())) {
                named.add(loan.getId());
              }
              current.loans(named);
              NewRecords.touch(current, context.now());
              tx.put(Kinds.RECORDS, current.getId().toString(), current);
              return current;
            });
    return JsonAnswers.ok(record);
  }
}
