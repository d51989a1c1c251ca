package io.crego.contract.stub.reference;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
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
    return Documents.inPath(view, kind, resource, id);
  }

  /** The account a body field names, {@code pointer} being that field. */
  static Account account(StoreView view, UUID id, String pointer) {
    return Documents.inBody(view, Kinds.ACCOUNTS, "account", id, pointer);
  }

  static Loan loan(StoreView view, UUID id, String pointer) {
    return Documents.inBody(view, Kinds.LOANS, "loan", id, pointer);
  }
}
