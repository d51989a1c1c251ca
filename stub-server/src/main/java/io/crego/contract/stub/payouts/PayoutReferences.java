package io.crego.contract.stub.payouts;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.ErrorDetail;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.StoreView;
import java.util.UUID;

/**
 * Looks up what a payout request names, in the caller's company only: an id that names nothing
 * there is a 404 pointing at where the request sent it.
 */
final class PayoutReferences {

  private PayoutReferences() {}

  static Payout payout(StoreView view, String id, ErrorDetail where) {
    return view.get(Kinds.PAYOUTS, id)
        .orElseThrow(() -> ApiException.notFound("payout", id, where));
  }

  /** The payout named by the path's {@code id}. */
  static Payout payoutInPath(StoreView view, String id) {
    return payout(view, id, ErrorDetails.path("id", "no such payout"));
  }

  static Account account(StoreView view, UUID id, String pointer) {
    return Documents.inBody(view, Kinds.ACCOUNTS, "account", id, pointer);
  }

  static Loan loan(StoreView view, UUID id, String pointer) {
    return Documents.inBody(view, Kinds.LOANS, "loan", id, pointer);
  }

  static Bank bank(StoreView view, UUID id, String pointer) {
    return Documents.inBody(view, Kinds.BANKS, "bank", id, pointer);
  }
}
