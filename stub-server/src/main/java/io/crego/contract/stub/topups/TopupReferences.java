package io.crego.contract.stub.topups;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupGroup;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.FieldError;
import io.crego.contract.stub.domain.Kinds;
import io.crego.contract.stub.store.StoreView;
import java.util.UUID;

/**
 * Looks up what a topup request names, in the caller's company only: an id that names nothing there
 * is a 404 pointing at where the request sent it.
 */
final class TopupReferences {

  private TopupReferences() {}

  /** The topup named by the path's {@code id}. */
  static Topup topupInPath(StoreView view, String id) {
    return view.get(Kinds.TOPUPS, id)
        .orElseThrow(
            () -> ApiException.notFound("topup", id, FieldError.path("id", "no such topup")));
  }

  static Topup topup(StoreView view, UUID id, String pointer) {
    return view.get(Kinds.TOPUPS, id.toString())
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "topup", id.toString(), FieldError.body(pointer, "no such topup")));
  }

  /** The topup group named by the path's {@code id}. */
  static TopupGroup groupInPath(StoreView view, String id) {
    return view.get(Kinds.TOPUP_GROUPS, id)
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "topup group", id, FieldError.path("id", "no such topup group")));
  }

  static TopupGroup group(StoreView view, UUID id, String pointer) {
    return view.get(Kinds.TOPUP_GROUPS, id.toString())
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "topup group", id.toString(), FieldError.body(pointer, "no such topup group")));
  }

  static Account account(StoreView view, UUID id, String pointer) {
    return view.get(Kinds.ACCOUNTS, id.toString())
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "account", id.toString(), FieldError.body(pointer, "no such account")));
  }

  /** The account a stored topup draws on; it always exists (accounts are never deleted). */
  static Account accountOf(StoreView view, Topup topup) {
    return view.get(Kinds.ACCOUNTS, topup.getAccount().toString())
        .orElseThrow(
            () -> new IllegalStateException("Topup " + topup.getId() + " names no account"));
  }

  static Bank bank(StoreView view, UUID id, String pointer) {
    return view.get(Kinds.BANKS, id.toString())
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "bank", id.toString(), FieldError.body(pointer, "no such bank")));
  }
}
