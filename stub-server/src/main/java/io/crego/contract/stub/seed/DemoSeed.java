package io.crego.contract.stub.seed;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.clock.BusinessDates;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.loans.Lending;
import io.crego.contract.stub.store.Store;
import java.time.Clock;

/**
 * Realistic Indian lending demo data for a company, so that a UI pointed at the stub has something
 * to show: collection banks, three accounts (a term loan, a credit line, a closed one) with their
 * loan parameters, loans in several states with their EMIs, settlements and disbursement payouts,
 * and records in every record state — all made by the loans engine, ending on today's business
 * date; then a day in the back office made through the stub's own operations ({@link
 * DemoBackOffice}). The entities the spec's examples name have well-known ids ({@link DemoIds}),
 * the same in every company, each company holding its own copy; every other id is random.
 */
public final class DemoSeed {

  private final Store store;
  private final Clock clock;
  private final Lending lending;
  private final HandlerRegistry handlers;

  /**
   * @param handlers the stub's operations on the same store, which make the back office's entities
   */
  public DemoSeed(Store store, HandlerRegistry handlers) {
    this(store, handlers, Clock.systemUTC());
  }

  /** With the clock that dates the demo data (EMIs due, records booked, relative to now). */
  public DemoSeed(Store store, HandlerRegistry handlers, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.handlers = handlers;
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
    boolean wroteBook =
        store.write(
            companyId,
            tx -> {
              if (tx.get(SeedMarker.KIND, SeedMarker.ID).isPresent()) { // a racing call won
                return false;
              }
              IdRenaming renaming = new IdRenaming();
              DemoBook book = new DemoBook(tx, companyId, clock.instant(), lending, renaming);
              book.write();
              renaming.apply(tx);
              tx.put(
                  SeedMarker.KIND, SeedMarker.ID, new SeedMarker(SeedMarker.VERSION, book.now()));
              return true;
            });
    if (wroteBook) {
      // Each call is its own unit of work, as a client's would be; the renaming is the last one.
      // The stub prepares a company before serving it, so no request sees it half done; a stub
      // stopped in between (on its very first start) leaves it without the back office's
      // entities until the company is reset.
      double now = clock.millis() / 1000.0;
      IdRenaming renaming = new IdRenaming();
      new DemoBackOffice(new DemoCalls(CregoSpec.get(), handlers, companyId, now), now, renaming)
          .write();
      store.write(
          companyId,
          tx -> {
            renaming.apply(tx);
            return null;
          });
    }
  }

  public boolean isSeeded(String companyId) {
    return store.read(companyId, view -> view.get(SeedMarker.KIND, SeedMarker.ID)).isPresent();
  }
}
