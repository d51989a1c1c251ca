package io.crego.contract.stub.payouts;

import io.crego.contract.spec.model.Payout;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.Index;

/**
 * The filters List Payouts is most often asked for (a loan's payouts, an account's, those in one
 * status), as store indexes, so that such a page is read without reading the company's other
 * payouts. A store builds an index on its first lookup only: a write pays nothing until then.
 */
final class PayoutIndexes {

  static final Index<Payout> BY_LOAN =
      Index.on(
          Kinds.PAYOUTS,
          "loan",
          payout -> payout.getLoan() == null ? null : payout.getLoan().toString());

  static final Index<Payout> BY_ACCOUNT =
      Index.on(
          Kinds.PAYOUTS,
          "account",
          payout -> payout.getAccount() == null ? null : payout.getAccount().toString());

  static final Index<Payout> BY_STATUS =
      Index.on(
          Kinds.PAYOUTS,
          "status",
          payout -> payout.getStatus() == null ? null : payout.getStatus().getValue());

  private PayoutIndexes() {}
}
