package io.crego.contract.stub.topups;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.LineAmountCheckRequest;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.paging.StoredPages;
import io.crego.contract.stub.store.Store;

/** List Topups and Check Line Amount: answers that change nothing. */
final class TopupReads {

  private final Store store;

  TopupReads(Store store) {
    this.store = store;
  }

  /**
   * The company's topups, newest first, filtered by status, account and topup group (through an
   * index where one is named), written around the topups' stored texts: none is encoded again, and
   * the response check still reads the page.
   */
  ApiResponse list(OperationContext context) {
    TopupFilter.Lookup lookup = TopupFilter.fromQuery(context).lookup();
    PageRequest page = PageRequest.from(context);
    return store.read(
        context.companyId(),
        view -> StoredPages.newestFirst(view, lookup.candidates(), lookup.rest(), page));
  }

  ApiResponse checkLineAmount(OperationContext context) {
    LineAmountCheckRequest request = context.body(LineAmountCheckRequest.class);
    Account account =
        store.read(
            context.companyId(),
            view -> Documents.account(view, request.getAccountId(), "/account_id"));
    return JsonAnswers.ok(CreditLine.check(account, request.getAmount(), context.now()));
  }
}
