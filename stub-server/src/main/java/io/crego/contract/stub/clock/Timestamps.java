package io.crego.contract.stub.clock;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Times as the API writes them: epoch seconds, a JSON number with a fraction (to the microsecond).
 * Days and due-date stamps are the business calendar's ({@code lending.BusinessCalendar}).
 */
public final class Timestamps {

  private static final BigDecimal MICROSECOND = new BigDecimal("0.000001");

  private Timestamps() {}

  /** Epoch seconds to the microsecond, written without trailing zeros or exponent. */
  public static BigDecimal of(double epochSeconds) {
    return plain(BigDecimal.valueOf(epochSeconds).setScale(6, RoundingMode.HALF_UP));
  }

  public static BigDecimal of(long epochSeconds) {
    return BigDecimal.valueOf(epochSeconds);
  }

  /**
   * The {@code updated_at} of a change at {@code now} to something last changed at {@code
   * previous}: {@code now}, or a microsecond after {@code previous} when the clock has not moved
   * on, so that {@code updated_at} moves on every change.
   */
  public static BigDecimal touch(BigDecimal previous, double now) {
    BigDecimal at = of(now);
    if (previous != null && at.compareTo(previous) <= 0) {
      return plain(previous.add(MICROSECOND));
    }
    return at;
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
