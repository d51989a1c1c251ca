package io.crego.contract.stub.payouts;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.Transition;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutCallbackRequest;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.topups.TopupPayouts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Process Payout and Payout Callback: what the bank says about a payout sent to it. Each change is
 * one unit of work with what follows from it: the loan the payout disburses ({@link
 * LoanBook#payoutChanged}) and the topup it pays out ({@link TopupPayouts}).
 */
final class BankOutcomes {

  private static final String STATUS = "status";

  private final Store store;
  private final TransitionGuard<PayoutStatus> lifecycle;
  private final LoanBook loans;
  private final PayoutChanges changes;

  /** The body fields each callback status needs, from the rows' {@code requires: {body_fields}}. */
  private final Map<String, Set<String>> fieldsByStatus;

  BankOutcomes(
      Store store, TransitionGuard<PayoutStatus> lifecycle, LoanBook loans, TopupPayouts topups) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.loans = loans;
    this.changes = new PayoutChanges(loans, topups);
    this.fieldsByStatus = fieldsByStatus(lifecycle.lifecycle());
  }

  /**
   * The Payout rows of Payout Callback, keyed by the status their {@code when} names in the body; a
   * row that names none stops start-up, since the callback could not tell which row it is.
   */
  private static Map<String, Set<String>> fieldsByStatus(Lifecycle payouts) {
    Map<String, Set<String>> fields = new LinkedHashMap<>();
    for (Transition row : payouts.rowsOf(OperationIds.PAYOUT_CALLBACK)) {
      String status =
          row.when()
              .bodyValue(STATUS)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "A Payout row of "
                              + OperationIds.PAYOUT_CALLBACK
                              + " names no body status in its when: "
                              + row));
      fields
          .computeIfAbsent(status, s -> new LinkedHashSet<>())
          .addAll(row.requires().bodyFields());
    }
    return Map.copyOf(fields);
  }

  /** The bank took the payout: {@code send_to_bank} → {@code processing}. */
  ApiResponse process(OperationContext context) {
    Payout payout =
        store.write(
            context.companyId(),
            tx -> {
              Payout current = PayoutReferences.payoutInPath(tx, context.pathParam("id"));
              PayoutStatus previous = current.getStatus();
              current.status(lifecycle.next(OperationIds.PROCESS_PAYOUT, previous));
              return changes.store(
                  tx, current, previous, OperationIds.PROCESS_PAYOUT, context.now());
            });
    return JsonAnswers.ok(payout);
  }

  /**
   * Checks in this order: the fields the result needs (400), the payout (404), the lifecycle (409
   * {@code TRANSITION_NOT_ALLOWED}), the UTR (409 {@code DUPLICATE_UTR}); all inside the unit of
   * work that writes the result, so of concurrent answers for one payout exactly one wins.
   */
  ApiResponse callback(OperationContext context) {
    PayoutCallbackRequest answer = context.body(PayoutCallbackRequest.class);
    PayoutStatus target = PayoutStatus.fromValue(answer.getStatus().getValue());
    requireFieldsOf(context.body(), answer.getStatus().getValue());
    Payout payout =
        store.write(
            context.companyId(),
            tx -> {
              Payout current =
                  PayoutReferences.payout(
                      tx,
                      answer.getPayoutId().toString(),
                      ErrorDetails.body("/payout_id", "no such payout"));
              PayoutStatus previous = current.getStatus();
              current.status(lifecycle.next(OperationIds.PAYOUT_CALLBACK, previous, target));
              switch (target) {
                case PROCESSED -> {
                  UniquePayoutValues.requireFreeUtr(tx, answer.getUtr(), current.getId(), "/utr");
                  BigDecimal paidAt = paidAt(tx, answer, context.now());
                  current.utr(answer.getUtr()).processedAt(paidAt).bankDate(paidAt);
                }
                case FAILED, REJECTED -> current.failedRemark(answer.getFailedRemark());
                default -> {} // reverting and reverted carry nothing new
              }
              return changes.store(
                  tx, current, previous, OperationIds.PAYOUT_CALLBACK, context.now());
            });
    return JsonAnswers.ok(payout);
  }

  /**
   * The fields the table's rows require with this status ({@code processed} needs the bank's UTR;
   * {@code failed} and {@code rejected} a reason).
   */
  private void requireFieldsOf(JsonNode body, String status) {
    for (String field : fieldsByStatus.getOrDefault(status, Set.of())) {
      if (!body.hasNonNull(field)) {
        throw ApiException.invalid(
            ErrorDetails.body("/" + field, "is required with status " + status));
      }
    }
  }

  /**
   * When the money went: the bank's {@code processed_at}, or by default the business date (the
   * virtual clock's day) at the wall clock's time of day.
   */
  private BigDecimal paidAt(StoreTransaction tx, PayoutCallbackRequest answer, double now) {
    if (answer.getProcessedAt() != null) {
      return Timestamps.of(answer.getProcessedAt());
    }
    LocalDate businessDate = loans.businessDate(tx);
    LocalTime timeOfDay =
        Instant.ofEpochSecond((long) now).atZone(BusinessCalendar.IST).toLocalTime();
    return Timestamps.of(
        businessDate.atTime(timeOfDay).atZone(BusinessCalendar.IST).toEpochSecond());
  }
}
