package io.crego.contract.stub.seed;

import io.crego.contract.stub.clock.BusinessDates;
import io.crego.contract.stub.emis.EndOfDayRun;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The demo's story played on the loans engine's own clock: events are put on days and times, then
 * played in time order, with the end of day run for every day in between — so ageing, DPD, charges
 * and excess are what the stub's EOD makes of them, whatever day the demo is seeded on.
 */
final class DemoTimeline {

  private record Event(LocalDate day, LocalTime time, Consumer<BigDecimal> action) {}

  private final StoreTransaction tx;
  private final DemoClock clock;
  private final EndOfDayRun endOfDay;
  private final List<Event> events = new ArrayList<>();

  DemoTimeline(StoreTransaction tx, DemoClock clock, EndOfDayRun endOfDay) {
    this.tx = tx;
    this.clock = clock;
    this.endOfDay = endOfDay;
  }

  /** An event at a moment of a day; the action gets the moment, epoch seconds. */
  void on(LocalDate day, int hour, int minute, Consumer<BigDecimal> action) {
    events.add(new Event(day, LocalTime.of(hour, minute), action));
  }

  /**
   * Starts the business date on {@code first}, plays every event in order (EOD at 01:00 IST of each
   * day before it), and ends on today.
   */
  void play(LocalDate first) {
    BusinessDates.set(tx, first);
    EndOfDayRun.Days days = endOfDay.days(tx);
    LocalDate current = first;
    events.sort(Comparator.comparing(Event::day).thenComparing(Event::time));
    for (Event event : events) {
      current = runUpTo(days, current, event.day());
      event
          .action()
          .accept(clock.at(event.day(), event.time().getHour(), event.time().getMinute()));
    }
    runUpTo(days, current, clock.today());
  }

  private LocalDate runUpTo(EndOfDayRun.Days days, LocalDate current, LocalDate day) {
    LocalDate date = current;
    while (date.isBefore(day)) {
      date = date.plusDays(1);
      days.next(clock.at(date, 1, 0).doubleValue());
    }
    return date;
  }
}
