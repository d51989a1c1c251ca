package io.crego.contract.stub.payouts;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.topups.TopupPayouts;

/**
 * The Payouts group: wires the handlers to their operations. The lifecycle comes from the spec;
 * what a payout's outcome does to its loan goes through the {@link LoanBook}, and to its topup
 * through {@link TopupPayouts}.
 */
public final class PayoutHandlers implements HandlerGroup {

  private final PayoutCreation creation;
  private final PayoutReads reads;
  private final BankExport export;
  private final BankOutcomes outcomes;
  private final PayoutRetries retries;

  public PayoutHandlers(Store store, CregoSpec spec, LoanBook loans) {
    TransitionGuard<PayoutStatus> lifecycle =
        TransitionGuard.forSchema(spec, "Payout", PayoutStatus.class);
    TopupPayouts topups = new TopupPayouts(spec);
    this.creation = new PayoutCreation(store, lifecycle);
    this.reads = new PayoutReads(store);
    this.export = new BankExport(store, lifecycle, loans);
    this.outcomes = new BankOutcomes(store, lifecycle, loans, topups);
    this.retries = new PayoutRetries(store, lifecycle, loans, topups);
  }

  @Override
  public void register(HandlerRegistry registry) {
    registry
        .on(OperationIds.CREATE_PAYOUT, creation::create)
        .on(OperationIds.LIST_PAYOUTS, reads::list)
        .on(OperationIds.LIST_UNMATCHED_PAYOUTS, reads::unmatched)
        .on(OperationIds.EXPORT_PAYOUTS_FOR_BANK, export::export)
        .on(OperationIds.PROCESS_PAYOUT, outcomes::process)
        .on(OperationIds.PAYOUT_CALLBACK, outcomes::callback)
        .on(OperationIds.RETRY_PAYOUT, retries::retry);
  }
}
