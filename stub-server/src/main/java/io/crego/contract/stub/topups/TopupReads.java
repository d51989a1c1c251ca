package io.crego.contract.stub.topups;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.LineAmountCheckRequest;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupPage;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.store.Store;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** List Topups and Check Line Amount: answers that change nothing. */
final class TopupReads {

  private final Store store;

  TopupReads(Store store) {
    this.store = store;
  }

  /** The company's topups, newest first, filtered by status, account and topup group. */
  ApiResponse list(OperationContext context) {
    TopupStatus status = context.query("status", TopupStatus.class).orElse(null);
    UUID account = context.query("account", UUID.class).orElse(null);
    UUID group = context.query("topup_group", UUID.class).orElse(null);
    PageRequest page = PageRequest.from(context);
    List<Topup> matching =
        store.read(
            context.companyId(),
            view -> {
              List<Topup> found = new ArrayList<>();
              for (Topup topup : view.all(Kinds.TOPUPS)) {
                if ((status == null || status == topup.getStatus())
                    && (account == null || account.equals(topup.getAccount()))
                    && (group == null || group.equals(topup.getTopupGroup()))) {
                  found.add(topup);
                }
              }
              Collections.reverse(found); // stored oldest first
              return found;
            });
    return JsonAnswers.ok(
        new TopupPage()
            .count(matching.size())
            .currentPage(page.page())
            .pageSize(page.pageSize())
            .results(page.slice(matching)));
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
