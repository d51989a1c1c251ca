package io.crego.contract.stub.topups;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupGroup;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.StoreView;
import java.util.UUID;

/**
 * Looks up the topups and topup groups a request names, in the caller's company only: an id that
 * names nothing there is a 404 pointing at where the request sent it. The accounts and banks a
 * topup request names are looked up through {@link Documents}.
 */
final class TopupReferences {

  private TopupReferences() {}

  /** The topup named by the path's {@code id}. */
  static Topup topupInPath(StoreView view, String id) {
    return Documents.inPath(view, Kinds.TOPUPS, "topup", id);
  }

  static Topup topup(StoreView view, UUID id, String pointer) {
    return Documents.inBody(view, Kinds.TOPUPS, "topup", id, pointer);
  }

  /** The topup group named by the path's {@code id}. */
  static TopupGroup groupInPath(StoreView view, String id) {
    return Documents.inPath(view, Kinds.TOPUP_GROUPS, "topup group", id);
  }

  static TopupGroup group(StoreView view, UUID id, String pointer) {
    return Documents.inBody(view, Kinds.TOPUP_GROUPS, "topup group", id, pointer);
  }

  /** The account a stored topup draws on; it always exists (accounts are never deleted). */
  static Account accountOf(StoreView view, Topup topup) {
    return view.get(Kinds.ACCOUNTS, topup.getAccount().toString())
        .orElseThrow(
            () -> new IllegalStateException("Topup " + topup.getId() + " names no account"));
  }
}
