package io.crego.contract.stub.payouts;

import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutPage;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.store.Store;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** List Payouts and Unmatched Payouts: pages of the company's payouts, newest first. */
final class PayoutReads {

  private final Store store;

  PayoutReads(Store store) {
    this.store = store;
  }

  ApiResponse list(OperationContext context) {
    return page(context, PayoutFilter.fromQuery(context));
  }

  /** Payouts that match neither a loan nor a record: nothing in the book explains them. */
  ApiResponse unmatched(OperationContext context) {
    return page(context, payout -> payout.getLoan() == null && payout.getRecord() == null);
  }

  private ApiResponse page(OperationContext context, Predicate<Payout> filter) {
    PageRequest page = PageRequest.from(context);
    List<Payout> matching =
        store.read(
            context.companyId(),
            view -> {
              List<Payout> found = new ArrayList<>();
              for (Payout payout : view.all(Kinds.PAYOUTS)) {
                if (filter.test(payout)) {
                  found.add(payout);
                }
              }
              Collections.reverse(found); // stored oldest first
              return found;
            });
    return JsonAnswers.ok(
        new PayoutPage()
            .count(matching.size())
            .currentPage(page.page())
            .pageSize(page.pageSize())
            .results(page.slice(matching)));
  }
}
