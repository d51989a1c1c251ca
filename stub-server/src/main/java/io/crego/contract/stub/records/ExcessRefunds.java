package io.crego.contract.stub.records;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.PayoutType;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RefundRequest;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.outgoing.NewPayouts;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Initiate Excess Payment Refund: part or all of a processed record's {@code remaining_amount} goes
 * back to the borrower as an {@code excess_payment_refund} payout, {@code requested}. The record's
 * remaining amount drops at once, in the same unit of work.
 */
final class ExcessRefunds {

  private final Store store;
  private final TransitionGuard<RecordStatus> records;
  private final TransitionGuard<PayoutStatus> payouts;

  ExcessRefunds(
      Store store, TransitionGuard<RecordStatus> records, TransitionGuard<PayoutStatus> payouts) {
    this.store = store;
    this.records = records;
    this.payouts = payouts;
  }

  ApiResponse refund(OperationContext context) {
    RefundRequest request = context.body(RefundRequest.class);
    BigDecimal amount = Rupees.of(request.getAmount());
    Payout payout =
        store.write(
            context.companyId(),
            tx -> {
              Record record = RecordReferences.record(tx, context.pathParam("id"));
              records.next(
                  OperationIds.INITIATE_EXCESS_PAYMENT_REFUND,
                  record.getStatus()); // processed → processed, or a 409
              BigDecimal remaining = Rupees.of(record.getRemainingAmount());
              if (Rupees.exceeds(amount, remaining)) {
                throw exceedsBalance(amount, remaining);
              }
              Bank creditBank =
                  request.getCreditBankId() == null
                      ? null
                      : RecordReferences.bank(tx, request.getCreditBankId(), "/credit_bank_id");
              Payout refund = newRefund(tx, record, amount, creditBank, context.now());
              tx.put(Kinds.PAYOUTS, refund.getId().toString(), refund);
              record.remainingAmount(Rupees.subtract(remaining, amount));
              NewRecords.touch(record, context.now());
              tx.put(Kinds.RECORDS, record.getId().toString(), record);
              return refund;
            });
    return JsonAnswers.created(payout);
  }

  private Payout newRefund(
      StoreTransaction tx, Record record, BigDecimal amount, Bank creditBank, double now) {
    return NewPayouts.numbered(
        tx,
        new Payout()
            .type(PayoutType.EXCESS_PAYMENT_REFUND)
            .amount(amount)
            .method("neft")
            .creditBank(creditBank)
            .payoutTo("borrower")
            .account(record.getAccount())
            .loan(
                record.getLoans() == null || record.getLoans().isEmpty()
                    ? null
                    : record.getLoans().get(0))
            .topup(record.getTopup())
            .record(record.getId())
            .paymentReferenceNo(null),
        payouts.created(OperationIds.INITIATE_EXCESS_PAYMENT_REFUND),
        Timestamps.of(now),
        now);
  }

  static ApiException exceedsBalance(BigDecimal amount, BigDecimal remaining) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("amount", amount);
    details.put("remaining_amount", remaining);
    return ApiException.conflict(
        ErrorCode.AMOUNT_EXCEEDS_BALANCE,
        "The amount "
            + amount.toPlainString()
            + " is more than the record's remaining amount "
            + remaining.toPlainString()
            + ".",
        details);
  }
}
