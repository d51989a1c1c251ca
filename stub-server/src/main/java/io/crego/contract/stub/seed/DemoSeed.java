package io.crego.contract.stub.seed;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.domain.BusinessDates;
import io.crego.contract.stub.loans.Lending;
import io.crego.contract.stub.store.Store;
import java.time.Clock;

/**
 * Realistic Indian lending demo data for a company, so that a UI pointed at the stub has something
 * to show: collection banks, three accounts (a term loan, a credit line, a closed one) with their
 * loan parameters, loans in several states with their EMIs, settlements and disbursement payouts,
 * and records in every record state — all made by the loans engine, ending on today's business
 * date. Ids are random per company, so two companies never share one.
 */
public final class DemoSeed {

  private final Store store;
  private final Clock clock;
  private final Lending lending;

  public DemoSeed(Store store) {
    this(store, Clock.systemUTC());
  }

  /** With the clock that dates the demo data (EMIs due, records booked, relative to now). */
  public DemoSeed(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.lending = new Lending(CregoSpec.get(), new BusinessDates(clock));
  }

  /**
   * Seeds the company unless it has been seeded already. Idempotent and cheap: once seeded, one
   * lock-free read. Data the company has besides (or after deleting demo documents) is left alone;
   * {@link Store#reset} forgets the marker too, so a reset company is seeded afresh.
   */
  public void ensureSeeded(String companyId) {
    if (isSeeded(companyId)) {
      return;
    }
    store.write(
        companyId,
        tx -> {
          if (tx.get(SeedMarker.KIND, SeedMarker.ID).isEmpty()) { // a racing call may have won
            DemoBook book = new DemoBook(tx, companyId, clock.instant(), lending);
            book.write();
            tx.put(SeedMarker.KIND, SeedMarker.ID, new SeedMarker(SeedMarker.VERSION, book.now()));
          }
          return null;
        });
  }

  public boolean isSeeded(String companyId) {
    return store.read(companyId, view -> view.get(SeedMarker.KIND, SeedMarker.ID)).isPresent();
  }
}
