package io.crego.contract.stub.payouts;

import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.topups.TopupPayouts;

/**
 * The one place a payout's transition is written: the payout's new state, then what follows it in
 * the same unit of work (the loan it disburses, the topup it pays out). Process Payout, Payout
 * Callback and Retry Failed Payout all end here.
 */
final class PayoutChanges {

  private final LoanBook loans;
  private final TopupPayouts topups;

  PayoutChanges(LoanBook loans, TopupPayouts topups) {
    this.loans = loans;
    this.topups = topups;
  }

  /** Stores the payout as changed from {@code previous}; answers what is stored afterwards. */
  Payout store(
      StoreTransaction tx, Payout payout, PayoutStatus previous, String operationId, double now) {
    payout.updatedAt(Timestamps.touch(payout.getUpdatedAt(), now));
    tx.put(Kinds.PAYOUTS, payout.getId().toString(), payout);
    loans.payoutChanged(tx, payout, previous, operationId, now);
    topups.payoutChanged(tx, payout, operationId, now);
    // the loan book may have noted something on the payout: answer what is stored
    return tx.get(Kinds.PAYOUTS, payout.getId().toString()).orElse(payout);
  }
}
