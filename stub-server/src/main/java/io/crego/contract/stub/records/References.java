package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Record;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.FieldError;
import io.crego.contract.stub.domain.Kinds;
import io.crego.contract.stub.store.StoreView;
import java.util.UUID;

/**
 * Looks up what a request names, in the caller's company only (the view is the company's): an id
 * that names nothing there is a 404 pointing at where the request sent it.
 */
final class References {

  private References() {}

  /** The record named by the path's {@code id}. */
  static Record record(StoreView view, String id) {
    return view.get(Kinds.RECORDS, id)
        .orElseThrow(
            () -> ApiException.notFound("record", id, FieldError.path("id", "no such record")));
  }

  static Account account(StoreView view, UUID id, String pointer) {
    return view.get(Kinds.ACCOUNTS, id.toString())
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "account", id.toString(), FieldError.body(pointer, "no such account")));
  }

  static Loan loan(StoreView view, UUID id, FieldError where) {
    return view.get(Kinds.LOANS, id.toString())
        .orElseThrow(() -> ApiException.notFound("loan", id.toString(), where));
  }

  static Bank bank(StoreView view, UUID id, String pointer) {
    return view.get(Kinds.BANKS, id.toString())
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "bank", id.toString(), FieldError.body(pointer, "no such bank")));
  }
}
