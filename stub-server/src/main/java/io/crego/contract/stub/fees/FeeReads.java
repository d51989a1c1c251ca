package io.crego.contract.stub.fees;

import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.FeePage;
import io.crego.contract.spec.model.FeeStatus;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.paging.Listing;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.store.Store;
import java.util.UUID;
import java.util.function.Predicate;

/** Fee Details and List Fee: reads only; the list is newest first. */
final class FeeReads {

  private final Store store;

  FeeReads(Store store) {
    this.store = store;
  }

  ApiResponse get(OperationContext context) {
    String id = context.pathParam("id");
    return JsonAnswers.ok(
        store.read(context.companyId(), view -> Documents.inPath(view, Kinds.FEES, "fee", id)));
  }

  /** Filtered by {@code loan} and {@code status}. */
  ApiResponse list(OperationContext context) {
    UUID loan = context.query("loan", UUID.class).orElse(null);
    FeeStatus status = context.query("status", FeeStatus.class).orElse(null);
    Predicate<Fee> filter =
        fee ->
            (loan == null || loan.equals(fee.getLoan()))
                && (status == null || status == fee.getStatus());
    PageRequest page = PageRequest.from(context);
    Listing<Fee> listing =
        store.read(
            context.companyId(), view -> Listing.newestFirst(view.all(Kinds.FEES), filter, page));
    return JsonAnswers.ok(
        new FeePage()
            .count(listing.count())
            .currentPage(page.page())
            .pageSize(page.pageSize())
            .results(listing.results()));
  }
}
