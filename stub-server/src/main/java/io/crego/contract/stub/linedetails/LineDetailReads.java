package io.crego.contract.stub.linedetails;

import io.crego.contract.spec.model.LineDetail;
import io.crego.contract.spec.model.LineDetailPage;
import io.crego.contract.spec.model.LineType;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.paging.Listing;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.store.Store;
import java.util.UUID;

/** Retrieve, Filter Line Details and Get by type: reads only, lists newest first. */
final class LineDetailReads {

  private final Store store;

  LineDetailReads(Store store) {
    this.store = store;
  }

  ApiResponse retrieve(OperationContext context) {
    String id = context.pathParam("id");
    return JsonAnswers.ok(
        store.read(
            context.companyId(),
            view -> Documents.inPath(view, Kinds.LINE_DETAILS, "line_detail", id)));
  }

  ApiResponse filter(OperationContext context) {
    return list(context, LineFilter.fromQuery(context));
  }

  /** The same listing with {@code type} required (and no status filter). */
  ApiResponse byType(OperationContext context) {
    LineType type =
        context
            .query("type", LineType.class)
            .orElseThrow(() -> ApiException.invalid(ErrorDetails.query("type", "is required")));
    return list(
        context, new LineFilter(context.query("account", UUID.class).orElse(null), type, null));
  }

  private ApiResponse list(OperationContext context, LineFilter filter) {
    PageRequest page = PageRequest.from(context);
    Listing<LineDetail> listing =
        store.read(
            context.companyId(),
            view -> Listing.newestFirst(view.all(Kinds.LINE_DETAILS), filter, page));
    return JsonAnswers.ok(
        new LineDetailPage()
            .count(listing.count())
            .currentPage(page.page())
            .pageSize(page.pageSize())
            .results(listing.results()));
  }
}
