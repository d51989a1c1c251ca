package io.crego.contract.stub.lending;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Rupee arithmetic. Amounts are {@link BigDecimal} rupees kept to the paisa (scale 2); EMIs and
 * their parts are rounded to the whole rupee, as the platform's v1 does. Never {@code double}.
 */
public final class Money {

  /** Working precision for rates and powers, well beyond what a paisa needs. */
  static final MathContext PRECISION = MathContext.DECIMAL128;

  public static final BigDecimal ZERO = paise(BigDecimal.ZERO);

  private Money() {}

  /** To the paisa, half up. */
  public static BigDecimal paise(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** To the whole rupee, half up, kept at scale 2 so every amount prints alike. */
  public static BigDecimal rupees(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.HALF_UP).setScale(2);
  }

  public static boolean isPositive(BigDecimal amount) {
    return amount.signum() > 0;
  }

  public static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
