package io.crego.contract.stub.topups;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.emis.EndOfDayStep;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.store.StoreTransaction;
import java.time.LocalDate;

/**
 * The EOD's step for topups: every {@code scheduled} topup whose day has come (its {@code
 * scheduled_date} on or before the new business date: the clock may have jumped several days) has
 * its checks run as Create Topup would, in the EOD's unit of work.
 */
final class ScheduledTopups implements EndOfDayStep {

  /**
   * The operation the loan of a released topup is booked by: the Loan lifecycle has no EOD row, and
   * the topup was created by this one.
   */
  static final String BOOKED_BY = OperationIds.CREATE_TOPUP;

  private final TopupLifecycle lifecycle;
  private final Disbursal disbursal;

  ScheduledTopups(TopupLifecycle lifecycle, Disbursal disbursal) {
    this.lifecycle = lifecycle;
    this.disbursal = disbursal;
  }

  @Override
  public void run(StoreTransaction tx, LocalDate newDate, double now) {
    for (Topup topup : tx.all(Kinds.TOPUPS)) {
      if (topup.getStatus() == TopupStatus.SCHEDULED && isDue(topup, newDate)) {
        release(tx, topup, now);
      }
    }
  }

  private static boolean isDue(Topup topup, LocalDate newDate) {
    return topup.getScheduledDate() == null
        || !BusinessCalendar.dayOf(topup.getScheduledDate()).isAfter(newDate);
  }

  /**
   * A topup whose loan cannot be booked (e.g. the lead has no loan parameters) stays {@code
   * scheduled}, its amount blocked, and is tried again at the next EOD: one bad topup must not stop
   * the company's EOD.
   */
  private void release(StoreTransaction tx, Topup topup, double now) {
    Topup copy = tx.get(Kinds.TOPUPS, topup.getId().toString()).orElseThrow();
    try {
      disbursal.decide(
          tx,
          copy,
          TopupReferences.accountOf(tx, copy),
          null,
          BOOKED_BY,
          target -> lifecycle.atEndOfDay(TopupStatus.SCHEDULED, target),
          now);
    } catch (ApiException refused) {
      // the checks passed and the topup's block was released for the loan: take it back
      CreditLine.block(tx, TopupReferences.accountOf(tx, topup), topup.getAmount(), now);
      return;
    }
    copy.updatedAt(Timestamps.touch(copy.getUpdatedAt(), now));
    tx.put(Kinds.TOPUPS, copy.getId().toString(), copy);
  }
}
