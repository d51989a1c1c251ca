package io.crego.contract.stub.emis;

import io.crego.contract.stub.store.StoreTransaction;
import java.time.LocalDate;

/**
 * Work another area does at EOD after the business date rolled to {@code newDate} (for example
 * releasing topups scheduled for that day), in the same unit of work as the EOD itself.
 */
@FunctionalInterface
public interface EndOfDayStep {
  void run(StoreTransaction tx, LocalDate newDate, double now);
}
