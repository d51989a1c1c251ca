package io.crego.contract.stub.clock;

import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Each company's business date: the day the lending engine believes it is. It is stored with the
 * company's data, so it moves only when EOD rolls it (or the admin clock sets it), never with the
 * wall clock: a loan disbursed on the business date ages exactly as EOD is run. Until a company's
 * date is first needed by a change (or set), it reads as today in India.
 */
public final class BusinessDates {

  /** The stored document: the date as ISO text ({@code 2024-06-17}). */
  public record Stored(String date) {}

  /**
   * Each company's business date (the virtual clock), one document; declared here, beside the API's
   * {@code documents.Kinds}, so that the kinds need not know the clock.
   */
  public static final Kind<Stored> KIND = new Kind<>("business_date", Stored.class);

  static final String ID = "current";

  private final Clock wallClock;

  public BusinessDates() {
    this(Clock.systemUTC());
  }

  /** With the clock that says what "today in India" is for a company whose date is not stored. */
  public BusinessDates(Clock wallClock) {
    this.wallClock = wallClock;
  }

  /** The stored date, if the company has one. */
  public static Optional<LocalDate> stored(StoreView view) {
    return view.get(KIND, ID).map(stored -> LocalDate.parse(stored.date()));
  }

  /** The business date; today in India when none is stored yet. Changes nothing. */
  public LocalDate of(StoreView view) {
    return stored(view).orElseGet(this::today);
  }

  /**
   * The business date for a change: stored first when the company has none yet, so that what the
   * change dates (a disbursement, an EOD) and every later read agree on the day.
   */
  public LocalDate pinned(StoreTransaction tx) {
    Optional<LocalDate> stored = stored(tx);
    if (stored.isPresent()) {
      return stored.get();
    }
    LocalDate today = today();
    set(tx, today);
    return today;
  }

  /** Stores the date; the caller has checked that the clock may move there. */
  public static void set(StoreTransaction tx, LocalDate date) {
    tx.put(KIND, ID, new Stored(date.toString()));
  }

  private LocalDate today() {
    return LocalDate.now(wallClock.withZone(BusinessCalendar.IST));
  }
}
