package io.crego.contract.stub.seed;

import io.crego.contract.stub.lending.BusinessCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.ThreadLocalRandom;

/** Moments of the demo's story, in days before the seeding day, in India. */
final class DemoClock {

  private final Instant now;
  private final LocalDate today;

  DemoClock(Instant now) {
    this.now = now;
    this.today = now.atZone(BusinessCalendar.IST).toLocalDate();
  }

  LocalDate today() {
    return today;
  }

  LocalDate daysAgo(int days) {
    return today.minusDays(days);
  }

  BigDecimal now() {
    return seconds(now);
  }

  /**
   * A moment of a day at the given Indian time, with a random fraction of a second as real
   * timestamps have; never after now.
   */
  BigDecimal at(LocalDate day, int hour, int minute) {
    Instant moment =
        day.atTime(LocalTime.of(hour, minute)).atZone(BusinessCalendar.IST).toInstant();
    moment = moment.plusNanos(ThreadLocalRandom.current().nextLong(1_000_000) * 1000);
    return seconds(moment.isAfter(now) ? now.minusSeconds(60) : moment);
  }

  BigDecimal daysAgo(int days, int hour, int minute) {
    return at(daysAgo(days), hour, minute);
  }

  private static BigDecimal seconds(Instant instant) {
    return BigDecimal.valueOf(instant.getEpochSecond())
        .add(BigDecimal.valueOf(instant.getNano(), 9))
        .setScale(6, RoundingMode.DOWN)
        .stripTrailingZeros();
  }
}
