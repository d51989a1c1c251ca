package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.StoreView;
import java.util.UUID;

/** What a request names, in the caller's company: an id naming nothing there is a 404. */
public final class Lookups {

  private Lookups() {}

  /** The account named by the path's {@code id}. */
  public static Account account(StoreView view, String id) {
    return Documents.inPath(view, Kinds.ACCOUNTS, "account", id);
  }

  /** The loan named by the path's {@code id}. */
  public static Loan loan(StoreView view, String id) {
    return Documents.inPath(view, Kinds.LOANS, "loan", id);
  }

  /** A loan named in the body at {@code pointer}. */
  public static Loan loan(StoreView view, UUID id, String pointer) {
    return Documents.inBody(view, Kinds.LOANS, "loan", id, pointer);
  }

  /** A bank named in the body at {@code pointer}, or none when not named. */
  static Bank bank(StoreView view, UUID id, String pointer) {
    if (id == null) {
      return null;
    }
    return Documents.inBody(view, Kinds.BANKS, "bank", id, pointer);
  }
}
