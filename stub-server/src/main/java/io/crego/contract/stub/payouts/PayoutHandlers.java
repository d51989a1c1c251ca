package io.crego.contract.stub.payouts;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.lifecycle.StateMachine;
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
    StateMachine<PayoutStatus> lifecycle =
        StateMachine.forSchema(spec, "Payout", PayoutStatus.class);
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
        .on(PayoutCreation.CREATE, creation::create)
        .on(PayoutReads.LIST, reads::list)
        .on(PayoutReads.UNMATCHED, reads::unmatched)
        .on(BankExport.EXPORT, export::export)
        .on(BankOutcomes.PROCESS, outcomes::process)
        .on(BankOutcomes.CALLBACK, outcomes::callback)
        .on(PayoutRetries.RETRY, retries::retry);
  }
}
