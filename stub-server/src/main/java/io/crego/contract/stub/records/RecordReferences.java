package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.ErrorDetail;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Record;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.StoreView;
import java.util.UUID;

/**
 * Looks up what a request names, in the caller's company only (the view is the company's): an id
 * that names nothing there is a 404 pointing at where the request sent it.
 */
final class RecordReferences {

  private RecordReferences() {}

  /** The record named by the path's {@code id}. */
  static Record record(StoreView view, String id) {
    return Documents.inPath(view, Kinds.RECORDS, "record", id);
  }

  /** Requires the account a body field names to exist, without reading it. */
  static void requireAccount(StoreView view, UUID id, String pointer) {
    Documents.requireInBody(view, Kinds.ACCOUNTS, "account", id, pointer);
  }

  static Account account(StoreView view, UUID id, String pointer) {
    return Documents.inBody(view, Kinds.ACCOUNTS, "account", id, pointer);
  }

  static Loan loan(StoreView view, UUID id, ErrorDetail where) {
    return view.get(Kinds.LOANS, id.toString())
        .orElseThrow(() -> ApiException.notFound("loan", id.toString(), where));
  }

  static Bank bank(StoreView view, UUID id, String pointer) {
    return Documents.inBody(view, Kinds.BANKS, "bank", id, pointer);
  }
}
