package io.crego.contract.stub.lending;

import java.math.BigDecimal;

/**
 * Arithmetic on money in rupees, every result to the paisa by the lending layer's rule ({@link
 * Money#paise}: scale 2, half up). Never {@code double}: {@code 0.1 + 0.2} must be {@code 0.30}.
 */
public final class Rupees {

  public static final BigDecimal ZERO = Money.ZERO;

  private Rupees() {}

  /** The amount to the paisa, half up. */
  public static BigDecimal of(BigDecimal amount) {
    return Money.paise(amount);
  }

  public static BigDecimal of(String amount) {
    return of(new BigDecimal(amount));
  }

  /** Null (an absent optional amount) as zero. */
  public static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? ZERO : of(amount);
  }

  public static BigDecimal add(BigDecimal a, BigDecimal b) {
    return of(a.add(b));
  }

  public static BigDecimal subtract(BigDecimal a, BigDecimal b) {
    return of(a.subtract(b));
  }

  public static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? of(a) : of(b);
  }

  public static boolean isPositive(BigDecimal amount) {
    return amount.signum() > 0;
  }

  /** Whether {@code amount} is more than {@code limit}, compared by value (scale ignored). */
  public static boolean exceeds(BigDecimal amount, BigDecimal limit) {
    return amount.compareTo(limit) > 0;
  }
}
