package io.crego.contract.stub.documents;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.StoreView;
import java.util.UUID;

/**
 * A document a request names, in the caller's company. An id that names nothing there is a 404
 * pointing at where the request sent it: the path's {@code id}, or a body field.
 */
public final class Documents {

  private Documents() {}

  /** The document named by the path's {@code id}; {@code resource} is its name in messages. */
  public static <T> T inPath(StoreView view, Kind<T> kind, String resource, String id) {
    return view.get(kind, id).orElseThrow(() -> notInPath(resource, id));
  }

  /**
   * The JSON of the document the path's {@code id} names, as stored: for reads that answer with it
   * unchanged, without decoding and encoding it again.
   */
  public static String jsonInPath(StoreView view, Kind<?> kind, String resource, String id) {
    return view.json(kind, id).orElseThrow(() -> notInPath(resource, id));
  }

  /**
   * Requires the document a body field names to exist, without reading it: for checks that need
   * only its existence.
   */
  public static void requireInBody(
      StoreView view, Kind<?> kind, String resource, UUID id, String pointer) {
    if (view.json(kind, id.toString()).isEmpty()) {
      throw notInBody(resource, id, pointer);
    }
  }

  /** The document a body field names, {@code pointer} being that field. */
  public static <T> T inBody(
      StoreView view, Kind<T> kind, String resource, UUID id, String pointer) {
    return view.get(kind, id.toString()).orElseThrow(() -> notInBody(resource, id, pointer));
  }

  /** The account a body field names, {@code pointer} being that field. */
  public static Account account(StoreView view, UUID id, String pointer) {
    return inBody(view, Kinds.ACCOUNTS, "account", id, pointer);
  }

  /** The loan a body field names, {@code pointer} being that field. */
  public static Loan loan(StoreView view, UUID id, String pointer) {
    return inBody(view, Kinds.LOANS, "loan", id, pointer);
  }

  /** The bank a body field names, {@code pointer} being that field. */
  public static Bank bank(StoreView view, UUID id, String pointer) {
    return inBody(view, Kinds.BANKS, "bank", id, pointer);
  }

  private static ApiException notInPath(String resource, String id) {
    return ApiException.notFound(resource, id, ErrorDetails.path("id", "no such " + resource));
  }

  private static ApiException notInBody(String resource, UUID id, String pointer) {
    return ApiException.notFound(
        resource, id.toString(), ErrorDetails.body(pointer, "no such " + resource));
  }
}
