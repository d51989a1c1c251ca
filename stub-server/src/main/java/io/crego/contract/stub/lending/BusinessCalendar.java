package io.crego.contract.stub.lending;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The platform's business calendar: days are Indian (IST) days, a due date is stamped at the day's
 * last microsecond (23:59:59.999999 IST) as epoch seconds, and days past due count whole days after
 * the due day.
 */
public final class BusinessCalendar {

  public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  private static final LocalTime DAY_END = LocalTime.of(23, 59, 59, 999_999_000);

  private BusinessCalendar() {}

  /** {@code 23:59:59.999999 IST} of the day, in epoch seconds (e.g. 1721240999.999999). */
  public static BigDecimal dayEnd(LocalDate day) {
    return epochSeconds(day.atTime(DAY_END).atZone(IST).toInstant());
  }

  /** Midnight IST at the start of the day, in whole epoch seconds. */
  public static long dayStart(LocalDate day) {
    return day.atStartOfDay(IST).toEpochSecond();
  }

  /** The IST day an epoch-seconds instant falls on. */
  public static LocalDate dayOf(BigDecimal epochSeconds) {
    long seconds = epochSeconds.longValue();
    return Instant.ofEpochSecond(seconds).atZone(IST).toLocalDate();
  }

  /** Days past due on {@code businessDate} of a demand due on {@code dueDate}; 0 until after it. */
  public static int daysPastDue(LocalDate dueDate, LocalDate businessDate) {
    return (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, businessDate));
  }

  static BigDecimal epochSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.getEpochSecond())
        .add(BigDecimal.valueOf(instant.getNano(), 9))
        .stripTrailingZeros();
  }
}
