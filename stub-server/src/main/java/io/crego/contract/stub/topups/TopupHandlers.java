package io.crego.contract.stub.topups;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.lifecycle.StateMachine;
import io.crego.contract.stub.loans.EndOfDayStep;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;

/**
 * The Topups and Topup Group groups: wires the handlers to their operations. The lifecycles come
 * from the spec; booking a topup's loan and payout goes through the {@link LoanBook}.
 */
public final class TopupHandlers implements HandlerGroup {

  private final TopupCreation creation;
  private final TopupReads reads;
  private final TopupEdits edits;
  private final TopupActions actions;
  private final PayoutReinitiation reinitiation;
  private final TopupGroups groups;
  private final ScheduledTopups scheduled;

  public TopupHandlers(Store store, CregoSpec spec, LoanBook loans) {
    TopupLifecycle lifecycle = new TopupLifecycle(spec);
    Disbursal disbursal = new Disbursal(loans);
    this.creation = new TopupCreation(store, lifecycle, loans, disbursal);
    this.reads = new TopupReads(store);
    this.edits = new TopupEdits(store, lifecycle, loans);
    this.actions = new TopupActions(store, lifecycle, disbursal);
    this.reinitiation =
        new PayoutReinitiation(
            store, lifecycle, StateMachine.forSchema(spec, "Payout", PayoutStatus.class), loans);
    this.groups = new TopupGroups(store, spec);
    this.scheduled = new ScheduledTopups(lifecycle, disbursal);
  }

  /** EOD's step for topups scheduled for the new business date. */
  public EndOfDayStep scheduledTopups() {
    return scheduled;
  }

  @Override
  public void register(HandlerRegistry registry) {
    registry
        .on(TopupCreation.CREATE, creation::create)
        .on(TopupCreation.BULK_CREATE, creation::bulkCreate)
        .on(TopupReads.LIST, reads::list)
        .on(TopupReads.CHECK_LINE, reads::checkLineAmount)
        .on(TopupEdits.UPDATE, edits::update)
        .on(TopupEdits.PARSE_INVOICE, edits::parseInvoice)
        .on(TopupActions.RE_RUN_CHECKS, actions::reRunChecks)
        .on(TopupActions.UNSCHEDULE, actions::unschedule)
        .on(PayoutReinitiation.REINITIATE, reinitiation::reinitiate)
        .on(TopupGroups.CREATE, groups::create)
        .on(TopupGroups.LIST, groups::list)
        .on(TopupGroups.UPDATE, groups::update);
  }
}
