package io.crego.contract.stub.payouts;

import io.crego.contract.spec.model.ErrorDetail;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.StoreView;

/**
 * Looks up the payout a request names, in the caller's company only: an id that names nothing there
 * is a 404 pointing at where the request sent it. The accounts, loans and banks a payout request
 * names are looked up through {@link Documents}.
 */
final class PayoutReferences {

  private PayoutReferences() {}

  /**
   * The payout a body names by an id that may be any text ({@code payout_id} of a callback, an item
   * of an export's {@code payout_ids}), {@code where} being that place.
   */
  static Payout payout(StoreView view, String id, ErrorDetail where) {
    return view.get(Kinds.PAYOUTS, id)
        .orElseThrow(() -> ApiException.notFound("payout", id, where));
  }

  /** The payout named by the path's {@code id}. */
  static Payout payoutInPath(StoreView view, String id) {
    return Documents.inPath(view, Kinds.PAYOUTS, "payout", id);
  }
}
