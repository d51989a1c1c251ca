package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.FieldError;
import io.crego.contract.stub.domain.Kinds;
import io.crego.contract.stub.store.StoreView;
import java.util.UUID;

/** What a request names, in the caller's company: an id naming nothing there is a 404. */
final class Lookups {

  private Lookups() {}

  /** The account named by the path's {@code id}. */
  static Account account(StoreView view, String id) {
    return view.get(Kinds.ACCOUNTS, id)
        .orElseThrow(
            () -> ApiException.notFound("account", id, FieldError.path("id", "no such account")));
  }

  /** The loan named by the path's {@code id}. */
  static Loan loan(StoreView view, String id) {
    return view.get(Kinds.LOANS, id)
        .orElseThrow(
            () -> ApiException.notFound("loan", id, FieldError.path("id", "no such loan")));
  }

  /** A loan named in the body at {@code pointer}. */
  static Loan loan(StoreView view, UUID id, String pointer) {
    return view.get(Kinds.LOANS, id.toString())
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "loan", id.toString(), FieldError.body(pointer, "no such loan")));
  }

  /** A bank named in the body at {@code pointer}, or none when not named. */
  static Bank bank(StoreView view, UUID id, String pointer) {
    if (id == null) {
      return null;
    }
    return view.get(Kinds.BANKS, id.toString())
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "bank", id.toString(), FieldError.body(pointer, "no such bank")));
  }
}
