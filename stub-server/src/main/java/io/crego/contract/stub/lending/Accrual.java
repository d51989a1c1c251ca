package io.crego.contract.stub.lending;

import java.math.BigDecimal;

/**
 * Interest that accrues day by day on overdue money, as EOD charges it: overdue interest on an
 * overdue instalment's unpaid principal at the loan's overdue rate, penal interest on its unpaid
 * principal and interest at the penal rate, each on the platform's {@code days_in_year} basis
 * (360), rounded to the paisa per day.
 */
public final class Accrual {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Accrual() {}

  public static BigDecimal oneDay(BigDecimal base, BigDecimal annualRatePercent, int daysInYear) {
    if (base.signum() <= 0 || annualRatePercent.signum() <= 0) {
      return Money.ZERO;
    }
    return Money.paise(
        base.multiply(annualRatePercent)
            .divide(HUNDRED.multiply(BigDecimal.valueOf(daysInYear)), Money.PRECISION));
  }
}
