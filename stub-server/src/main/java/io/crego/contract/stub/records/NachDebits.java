package io.crego.contract.stub.records;

import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.Transition;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.NachBulkRequest;
import io.crego.contract.spec.model.NachStatusRequest;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.bulk.BulkResults;
import io.crego.contract.stub.clock.BusinessDates;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Bulk Nach Request and NACH presentation status: a NACH debit is a {@code pending} repayment with
 * {@code payment_mode} {@code nach} until the bank answers {@code success} or {@code bounced}.
 */
final class NachDebits {
  /** The one resource field the Record rows of NACH Presentation Status may require. */
  private static final String PAYMENT_MODE = "payment_mode";

  private final Store store;
  private final TransitionGuard<RecordStatus> lifecycle;
  private final LoanLedger ledger;
  private final BusinessDates dates = new BusinessDates();

  /** The states a NACH answer applies in (the rows' {@code from}). */
  private final List<RecordStatus> answerableFrom;

  /** The payment mode a NACH debit carries (the rows' {@code requires: {resource: ...}}). */
  private final String nach;

  NachDebits(Store store, TransitionGuard<RecordStatus> lifecycle, LoanLedger ledger) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.ledger = ledger;
    this.answerableFrom = lifecycle.allowedFrom(OperationIds.UPDATE_NACH_PRESENTATION_STATUS);
    this.nach = requiredPaymentMode(lifecycle.lifecycle());
  }

  /**
   * The payment mode the Record rows of NACH Presentation Status require. A spec that requires
   * anything else of the record, or different modes on different rows, stops start-up: this class
   * checks only the payment mode.
   */
  private static String requiredPaymentMode(Lifecycle records) {
    Set<Map<String, String>> required = new HashSet<>();
    for (Transition row : records.rowsOf(OperationIds.UPDATE_NACH_PRESENTATION_STATUS)) {
      required.add(row.requires().resource());
    }
    if (required.size() != 1 || !required.iterator().next().keySet().equals(Set.of(PAYMENT_MODE))) {
      throw new IllegalStateException(
          "The Record rows of "
              + OperationIds.UPDATE_NACH_PRESENTATION_STATUS
              + " must all require {resource: {"
              + PAYMENT_MODE
              + ": ...}}, the one condition the stub checks; they require "
              + required);
    }
    return required.iterator().next().get(PAYMENT_MODE);
  }

  /**
   * One pending NACH record per loan, for what it has due on the business date ({@link
   * DueAmounts}). A loan that is unknown, not active, has nothing due or already has a debit
   * pending fails alone.
   */
  ApiResponse bulkRequest(OperationContext context) {
    List<UUID> loanIds = context.body(NachBulkRequest.class).getLoanIds();
    BulkResults results =
        store.write(
            context.companyId(),
            tx -> {
              Set<UUID> pending = loansWithPendingDebit(tx);
              DueAmounts due = DueAmounts.of(tx, dates.of(tx));
              BulkResults outcome = new BulkResults();
              for (int i = 0; i < loanIds.size(); i++) {
                UUID loanId = loanIds.get(i);
                Optional<Loan> found = tx.get(Kinds.LOANS, loanId.toString());
                String problem = whyNotPresentable(found, pending, due);
                if (problem != null) {
                  outcome.failed(i, List.of(ErrorDetails.body("", problem)));
                  continue;
                }
                Loan loan = found.get();
                Record debit =
                    NewRecords.draft(
                            tx,
                            loan.getAccount(),
                            RecordType.REPAYMENT,
                            due.of(loan),
                            Rupees.ZERO,
                            lifecycle.created(OperationIds.BULK_NACH_REQUEST),
                            context.now())
                        .paymentMode(nach)
                        .loans(new ArrayList<>(List.of(loanId)));
                tx.put(Kinds.RECORDS, debit.getId().toString(), debit);
                pending.add(loanId);
                outcome.created(i, debit.getId());
              }
              return outcome;
            });
    return JsonAnswers.ok(results.result());
  }

  private static String whyNotPresentable(Optional<Loan> found, Set<UUID> pending, DueAmounts due) {
    if (found.isEmpty()) {
      return "no such loan";
    }
    Loan loan = found.get();
    if (loan.getStatus() != LoanStatus.ACTIVE) {
      return "the loan is " + loan.getStatus() + ", not active";
    }
    if (!Rupees.isPositive(due.of(loan))) {
      return "the loan has nothing due";
    }
    if (pending.contains(loan.getId())) {
      return "a NACH debit of this loan is already pending";
    }
    return null;
  }

  private Set<UUID> loansWithPendingDebit(StoreTransaction tx) {
    Set<UUID> loans = new HashSet<>();
    for (Record record : tx.all(Kinds.RECORDS)) {
      if (isPendingDebit(record) && record.getLoans() != null) {
        loans.addAll(record.getLoans());
      }
    }
    return loans;
  }

  /** A record a NACH answer applies to: in a state the table's rows leave, with their mode. */
  private boolean isPendingDebit(Record record) {
    return answerableFrom.contains(record.getStatus()) && nach.equals(record.getPaymentMode());
  }

  /**
   * The bank's answer. Only a pending NACH debit can take one (409 {@code NOT_APPLICABLE}
   * otherwise, as the operation describes, with the same details a lifecycle refusal carries):
   * {@code success} processes it like Mark Processed, {@code bounced} ends it.
   */
  ApiResponse presentationStatus(OperationContext context) {
    NachStatusRequest answer = context.body(NachStatusRequest.class);
    Record record =
        store.write(
            context.companyId(),
            tx -> {
              Record current = RecordReferences.record(tx, context.pathParam("id"));
              if (!isPendingDebit(current)) {
                throw notApplicable(current);
              }
              Record answered =
                  answer.getStatus() == NachStatusRequest.StatusEnum.SUCCESS
                      ? succeed(tx, current, answer, context.now())
                      : bounce(current, answer);
              NewRecords.touch(answered, context.now());
              tx.put(Kinds.RECORDS, answered.getId().toString(), answered);
              return answered;
            });
    return JsonAnswers.ok(record);
  }

  private Record succeed(StoreTransaction tx, Record record, NachStatusRequest answer, double now) {
    record.status(
        lifecycle.next(
            OperationIds.UPDATE_NACH_PRESENTATION_STATUS,
            record.getStatus(),
            RecordStatus.PROCESSED));
    UsedUtrs utrs = UsedUtrs.of(tx);
    String utr = answer.getUtr() != null ? answer.getUtr() : freshUtr(utrs);
    utrs.requireFree(utr, record.getId(), "/utr");
    BigDecimal settledAt =
        answer.getSettledAt() != null
            ? Timestamps.of(answer.getSettledAt().longValue())
            : Timestamps.of(now);
    record.utr(utr).settledAt(settledAt).bankDate(settledAt).isProcessed(true);
    return ledger.settleRepayment(tx, record, OperationIds.UPDATE_NACH_PRESENTATION_STATUS, now);
  }

  private Record bounce(Record record, NachStatusRequest answer) {
    record.status(
        lifecycle.next(
            OperationIds.UPDATE_NACH_PRESENTATION_STATUS,
            record.getStatus(),
            RecordStatus.BOUNCED));
    String reason = answer.getBounceReason();
    return record.remark(reason != null ? reason : "NACH presentation bounced");
  }

  /** A bank-like reference for a debit the bank answered without one. */
  private static String freshUtr(UsedUtrs utrs) {
    String utr;
    do {
      long digits = ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L);
      utr = "NACH" + digits;
    } while (utrs.isUsed(utr));
    return utr;
  }

  private ApiException notApplicable(Record record) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("resource", lifecycle.resource());
    details.put("current_status", record.getStatus().getValue());
    details.put("payment_mode", record.getPaymentMode());
    details.put("operation", OperationIds.UPDATE_NACH_PRESENTATION_STATUS);
    details.put(
        "allowed_from",
        lifecycle.allowedFrom(OperationIds.UPDATE_NACH_PRESENTATION_STATUS).stream()
            .map(Object::toString)
            .toList());
    String what =
        nach.equals(record.getPaymentMode())
            ? "a " + record.getStatus() + " NACH debit"
            : "a record with payment_mode "
                + String.valueOf(record.getPaymentMode()).toLowerCase(Locale.ROOT);
    return ApiException.conflict(
        ErrorCode.NOT_APPLICABLE,
        "A NACH presentation status applies only to a pending NACH debit, not to " + what + ".",
        details);
  }
}
