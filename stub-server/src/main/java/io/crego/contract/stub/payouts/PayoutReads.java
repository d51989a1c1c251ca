package io.crego.contract.stub.payouts;

import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.paging.StoredPages;
import io.crego.contract.stub.paging.StoredPages.Candidates;
import io.crego.contract.stub.store.Store;

/**
 * List Payouts and Unmatched Payouts: pages of the company's payouts, newest first, written around
 * the payouts' stored texts (none is encoded again); the response check still reads the page.
 */
final class PayoutReads {

  private final Store store;

  PayoutReads(Store store) {
    this.store = store;
  }

  /** Through an index where the filter names a loan, an account or a status. */
  ApiResponse list(OperationContext context) {
    PayoutFilter.Lookup lookup = PayoutFilter.fromQuery(context).lookup();
    PageRequest page = PageRequest.from(context);
    return store.read(
        context.companyId(),
        view -> StoredPages.newestFirst(view, lookup.candidates(), lookup.rest(), page));
  }

  /** Payouts that match neither a loan nor a record: nothing in the book explains them. */
  ApiResponse unmatched(OperationContext context) {
    PageRequest page = PageRequest.from(context);
    return store.read(
        context.companyId(),
        view ->
            StoredPages.newestFirst(
                view,
                Candidates.all(Kinds.PAYOUTS),
                payout -> payout.getLoan() == null && payout.getRecord() == null,
                page));
  }
}
