package io.crego.contract.stub.reference;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.FieldError;
import io.crego.contract.stub.domain.Kinds;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.StoreView;
import java.util.UUID;

/**
 * Looks up what a request names, in the caller's company only (the view is the company's): an id
 * that names nothing there is a 404 pointing at where the request sent it.
 */
final class References {

  private References() {}

  /** The document the path's {@code id} names, e.g. {@code (FEES, "fee", id)}. */
  static <T> T inPath(StoreView view, Kind<T> kind, String resource, String id) {
    return view.get(kind, id)
        .orElseThrow(
            () ->
                ApiException.notFound(resource, id, FieldError.path("id", "no such " + resource)));
  }

  /** The account a body field names, {@code pointer} being that field. */
  static Account account(StoreView view, UUID id, String pointer) {
    return view.get(Kinds.ACCOUNTS, id.toString())
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "account", id.toString(), FieldError.body(pointer, "no such account")));
  }

  static Loan loan(StoreView view, UUID id, String pointer) {
    return view.get(Kinds.LOANS, id.toString())
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "loan", id.toString(), FieldError.body(pointer, "no such loan")));
  }
}
