package io.crego.contract.conformance.time;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.opentest4j.TestAbortedException;

/**
 * Whether the run may move the target's business date, and how far it did. Operations marked {@code
 * x-crego-moves-time} in the spec (Run EOD) change every other user's data of the company on a
 * shared environment, so the suite sends them only when allowed ({@code --allow-eod}; on by default
 * against the stub); otherwise the test that needs one is skipped with the reason.
 */
public final class BusinessTime {

  /** The spec's marker of an operation that moves the business date. */
  public static final String MOVES_TIME = "x-crego-moves-time";

  /** The reason a test is skipped when it would move time and may not. */
  public static final String NOT_ALLOWED =
      "moves the target's business date (Run EOD); run with --allow-eod to allow it";

  private static final long SECONDS_PER_DAY = 86_400;

  private final CregoSpec spec;
  private final boolean allowed;
  private final AtomicLong calls = new AtomicLong();
  private final AtomicReference<Long> first = new AtomicReference<>();
  private final AtomicReference<Long> last = new AtomicReference<>();

  public BusinessTime(CregoSpec spec, boolean allowed) {
    this.spec = spec;
    this.allowed = allowed;
  }

  public boolean allowed() {
    return allowed;
  }

  /** True when the spec marks the operation as moving the business date. */
  public boolean moves(SpecOperation op) {
    return movesTime(spec, op);
  }

  /** True when the spec marks the operation as moving the business date. */
  public static boolean movesTime(CregoSpec spec, SpecOperation op) {
    return spec.raw().at(op.pointer().substring(1) + "/" + MOVES_TIME).asBoolean(false);
  }

  /** Refuses, as a skip of the test that asked, a call that would move time when not allowed. */
  public void beforeSending(Call call) {
    if (!allowed && moves(call.operation())) {
      throw new TestAbortedException(call.operation().operationId() + " " + NOT_ALLOWED);
    }
  }

  /** Notes how far an answered call moved the business date ({@code previous_business_date}). */
  public void answered(Call call, ApiResult answer) {
    if (!moves(call.operation()) || !answer.isSuccess()) {
      return;
    }
    calls.incrementAndGet();
    JsonNode before = answer.json().path("previous_business_date");
    JsonNode after = answer.json().path("business_date");
    if (before.isNumber()) {
      first.compareAndSet(null, before.longValue());
    }
    if (after.isNumber()) {
      last.accumulateAndGet(after.longValue(), (a, b) -> a == null ? b : Math.max(a, b));
    }
  }

  /** What the run did to the business date, for the run's last lines; empty when nothing. */
  public Optional<String> movedSummary() {
    if (calls.get() == 0) {
      return Optional.empty();
    }
    Long from = first.get();
    Long to = last.get();
    if (from == null || to == null) {
      return Optional.of("Time: " + calls.get() + " Run EOD calls moved the business date");
    }
    long days = Math.round((to - from) / (double) SECONDS_PER_DAY);
    return Optional.of(
        "Time: "
            + calls.get()
            + " Run EOD calls moved the business date by "
            + days
            + " days, "
            + day(from)
            + " → "
            + day(to));
  }

  private static String day(long epochSeconds) {
    return Instant.ofEpochSecond(epochSeconds).atZone(ZoneOffset.UTC).toLocalDate().toString();
  }
}
