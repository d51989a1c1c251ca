package io.crego.contract.stub.store;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Consumer;

/** A unit of work that does its work and then throws: what a rolled-back write must leave. */
final class FailedWrite {

  /** The message of the exception the unit of work throws. */
  static final String FAILURE = "rolled back";

  private FailedWrite() {}

  /**
   * Writes {@code work} in the company's unit of work, which then throws; returns what the write
   * threw, which must be that exception as it was.
   */
  static IllegalStateException attempt(
      Store store, String company, Consumer<StoreTransaction> work) {
    return assertThrows(
        IllegalStateException.class,
        () ->
            store.write(
                company,
                tx -> {
                  work.accept(tx);
                  throw new IllegalStateException(FAILURE);
                }));
  }
}
