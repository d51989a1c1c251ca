package io.crego.contract.stub.topups;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.emis.EndOfDayStep;
import io.crego.contract.stub.lifecycle.TransitionGuard;
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
            store, lifecycle, TransitionGuard.forSchema(spec, "Payout", PayoutStatus.class), loans);
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
        .on(OperationIds.CREATE_TOPUP, creation::create)
        .on(OperationIds.BULK_CREATE_TOPUPS, creation::bulkCreate)
        .on(OperationIds.LIST_TOPUPS, reads::list)
        .on(OperationIds.CHECK_LINE_AMOUNT, reads::checkLineAmount)
        .on(OperationIds.UPDATE_TOPUP, edits::update)
        .on(OperationIds.PARSE_TOPUP_INVOICE, edits::parseInvoice)
        .on(OperationIds.RE_RUN_TOPUP_CHECKS, actions::reRunChecks)
        .on(OperationIds.UNSCHEDULE_TOPUP, actions::unschedule)
        .on(OperationIds.REINITIATE_TOPUP_PAYOUT, reinitiation::reinitiate)
        .on(OperationIds.CREATE_TOPUP_GROUP, groups::create)
        .on(OperationIds.LIST_TOPUP_GROUPS, groups::list)
        .on(OperationIds.UPDATE_TOPUP_GROUP, groups::update);
  }
}
