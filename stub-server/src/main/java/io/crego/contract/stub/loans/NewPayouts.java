package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.PayoutType;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.ids.Sequences;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The payouts the loans domain books: a loan's disbursement, a tranche, a refund of excess. Each
 * takes the company's next payout number ({@code PAY} + 7 digits), is sent by NEFT to the borrower
 * and is dated on the business date; it starts in the status its creating operation's lifecycle row
 * names.
 */
public final class NewPayouts {

  private NewPayouts() {}

  public static Payout draft(
      StoreTransaction tx,
      PayoutType type,
      PayoutStatus status,
      UUID account,
      UUID loan,
      BigDecimal amount,
      Bank creditBank,
      LocalDate businessDate,
      double now) {
    long number = Sequences.next(tx, Sequences.PAYOUTS);
    BigDecimal at = Timestamps.of(now);
    return new Payout()
        .id(RefIds.newId())
        .createdAt(at)
        .updatedAt(at)
        .type(type)
        .refId(RefIds.payout(number))
        .numericRefId(Long.toString(number))
        .index(1)
        .amount(Rupees.of(amount))
        .method("neft")
        .status(status)
        .payoutServiceId(null)
        .processedAt(null)
        .bankDate(null)
        .date(BigDecimal.valueOf(BusinessCalendar.dayStart(businessDate)))
        .failedRemark(null)
        .utr(null)
        .debitBank(null)
        .creditBank(creditBank)
        .payoutTo("borrower")
        .isDownloaded(false)
        .isImported(false)
        .sentToGl(false)
        .account(account)
        .loan(loan)
        .topup(null)
        .record(null)
        .paymentReferenceNo(null);
  }
}
