package io.crego.contract.stub.topups;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.LineAmountCheckRequest;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupPage;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.domain.Kinds;
import io.crego.contract.stub.domain.PageRequest;
import io.crego.contract.stub.store.Store;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** List Topups and Check Line Amount: answers that change nothing. */
final class TopupReads {

  private final Store store;

  TopupReads(Store store) {
    this.store = store;
  }

  /** The company's topups, newest first, filtered by status, account and topup group. */
  ApiResponse list(OperationContext context) {
    TopupStatus status = query(context, "status", TopupStatus::fromValue);
    UUID account = query(context, "account", UUID::fromString);
    UUID group = query(context, "topup_group", UUID::fromString);
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
    return TopupAnswers.ok(
        new TopupPage()
            .count(matching.size())
            .currentPage(page.page())
            .pageSize(page.pageSize())
            .results(page.slice(matching)));
  }

  ApiResponse checkLineAmount(OperationContext context) {
    LineAmountCheckRequest request = Json.convert(context.body(), LineAmountCheckRequest.class);
    Account account =
        store.read(
            context.companyId(),
            view -> TopupReferences.account(view, request.getAccountId(), "/account_id"));
    return TopupAnswers.ok(CreditLine.check(account, request.getAmount(), context.now()));
  }

  /** A query parameter as the spec types it (the dispatcher has validated it already). */
  static <T> T query(OperationContext context, String name, Function<String, T> parse) {
    Optional<String> value = context.query(name);
    if (value.isEmpty() || value.get().isEmpty()) {
      return null;
    }
    try {
      return parse.apply(value.get());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(ErrorDetails.query(name, "is not a valid " + name));
    }
  }
}
