package io.crego.contract.stub.outgoing;

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
 * A new payout as every area books it (a loan's disbursement, a tranche, a refund of excess, a
 * payout created through the API, a topup's next attempt): the company's next payout number ({@code
 * PAY} + 7 digits), a first attempt the bank has not touched yet, in the status its creating
 * operation's lifecycle row names. The areas differ only in what they pay, to whom and from where.
 */
public final class NewPayouts {

  private NewPayouts() {}

  /** The loans domain's payout: sent by NEFT to the borrower, dated on the business date. */
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
    return numbered(
        tx,
        new Payout()
            .type(type)
            .amount(Rupees.of(amount))
            .method("neft")
            .creditBank(creditBank)
            .payoutTo("borrower")
            .account(account)
            .loan(loan)
            .topup(null)
            .record(null)
            .paymentReferenceNo(null),
        status,
        BigDecimal.valueOf(BusinessCalendar.dayStart(businessDate)),
        now);
  }

  /**
   * {@code payout} (what is paid, to whom, from where) made a new payout: its own id and the
   * company's next number, created now in {@code status}, dated {@code date}, first attempt, no
   * bank answer, not yet exported, imported or sent to the GL.
   */
  public static Payout numbered(
      StoreTransaction tx, Payout payout, PayoutStatus status, BigDecimal date, double now) {
    long number = Sequences.next(tx, Sequences.PAYOUTS);
    BigDecimal at = Timestamps.of(now);
    return payout
        .id(RefIds.newId())
        .createdAt(at)
        .updatedAt(at)
        .refId(RefIds.payout(number))
        .numericRefId(Long.toString(number))
        .index(1)
        .status(status)
        .payoutServiceId(null)
        .processedAt(null)
        .bankDate(null)
        .date(date)
        .failedRemark(null)
        .utr(null)
        .debitBank(null)
        .isDownloaded(false)
        .isImported(false)
        .sentToGl(false);
  }
}
