package io.crego.contract.stub.ids;

import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.StoreTransaction;

/**
 * Per-company counters (record {@code index}, payout numbers, …), kept as documents so that they
 * move in the same unit of work as the document that takes the number: a rolled-back creation gives
 * its number back.
 */
public final class Sequences {

  /** The stored value of one counter: the last number handed out. */
  public record Counter(long last) {}

  /**
   * Where the counters are stored, beside the {@code documents.Kinds} of the API's documents;
   * declared here so that the kinds need not know the counters.
   */
  public static final Kind<Counter> KIND = new Kind<>("sequences", Counter.class);

  public static final String RECORDS = "records";
  public static final String PAYOUTS = "payouts";
  public static final String ACCOUNTS = "accounts";
  public static final String LOANS = "loans";

  private Sequences() {}

  /** The next number of the named counter, starting at 1. */
  public static long next(StoreTransaction tx, String name) {
    long next = tx.get(KIND, name).map(Counter::last).orElse(0L) + 1;
    tx.put(KIND, name, new Counter(next));
    return next;
  }
}
