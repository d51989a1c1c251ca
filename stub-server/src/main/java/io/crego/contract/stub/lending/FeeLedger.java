package io.crego.contract.stub.lending;

import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.FeeStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Reads and changes one fee (the spec's {@code Fee}) as a demand on its loan: it owes {@code
 * total_amount − paid_amount} from its due day on, unless waived, and money settles it like an EMI
 * (by due date, among the loan's EMIs). A fee owes one amount with no interest parts; for the
 * allocator it is carried as a one-part demand (its principal part), so the component order inside
 * it is moot.
 */
public final class FeeLedger {

  /**
   * Position of fees among demands due the same day: before the EMIs (whose indexes start at 1), so
   * a charge raised on an EMI's due day is cleared first, as the platform clears charges first.
   */
  static final int INDEX = 0;

  private FeeLedger() {}

  public static LocalDate dueDay(Fee fee) {
    return BusinessCalendar.dayOf(fee.getDueDate());
  }

  /** What the fee still owes; nothing once paid or waived. */
  public static BigDecimal outstanding(Fee fee) {
    if (fee.getStatus() == FeeStatus.WAIVED) {
      return Money.ZERO;
    }
    return Money.paise(fee.getTotalAmount().subtract(fee.getPaidAmount()).max(BigDecimal.ZERO));
  }

  /** Whether the fee is a demand on the business date: due on or before it and still owing. */
  public static boolean isPayable(Fee fee, LocalDate businessDate) {
    return !dueDay(fee).isAfter(businessDate) && outstanding(fee).signum() > 0;
  }

  public static DemandBalance balance(Fee fee) {
    return new DemandBalance(
        fee.getId().toString(), dueDay(fee), INDEX, Map.of(Component.P, outstanding(fee)));
  }

  /** Applies a payment; the caller never pays more than is outstanding. */
  public static void pay(Fee fee, BigDecimal amount, BigDecimal now) {
    BigDecimal owed = outstanding(fee);
    if (amount.compareTo(owed) > 0) {
      throw new IllegalArgumentException(
          "paying " + amount + " on fee " + fee.getId() + " owing " + owed);
    }
    fee.paidAmount(Money.paise(fee.getPaidAmount().add(amount))).updatedAt(now);
    fee.status(outstanding(fee).signum() == 0 ? FeeStatus.PAID : FeeStatus.PARTIALLY_PAID);
  }

  /** Days past due on the business date; 0 once paid. */
  public static int dpd(Fee fee, LocalDate businessDate) {
    return outstanding(fee).signum() == 0
        ? 0
        : BusinessCalendar.daysPastDue(dueDay(fee), businessDate);
  }
}
