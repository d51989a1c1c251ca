package io.crego.contract.stub.topups;

import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.paging.StoredPages.Candidates;
import io.crego.contract.stub.store.Index;
import java.util.UUID;
import java.util.function.Predicate;

/** Which topups List Topups wants: by status, account and topup group, each optional. */
record TopupFilter(TopupStatus status, UUID account, UUID group) implements Predicate<Topup> {

  /**
   * The filters List Topups is most often asked for, as store indexes, so that such a page is read
   * without reading the company's other topups. A store builds an index on its first lookup only: a
   * write pays nothing until then.
   */
  static final Index<Topup> BY_GROUP =
      Index.on(
          Kinds.TOPUPS,
          "topup group",
          topup -> topup.getTopupGroup() == null ? null : topup.getTopupGroup().toString());

  static final Index<Topup> BY_ACCOUNT =
      Index.on(
          Kinds.TOPUPS,
          "account",
          topup -> topup.getAccount() == null ? null : topup.getAccount().toString());

  static final Index<Topup> BY_STATUS =
      Index.on(
          Kinds.TOPUPS,
          "status",
          topup -> topup.getStatus() == null ? null : topup.getStatus().getValue());

  static TopupFilter fromQuery(OperationContext context) {
    return new TopupFilter(
        context.query("status", TopupStatus.class).orElse(null),
        context.query("account", UUID.class).orElse(null),
        context.query("topup_group", UUID.class).orElse(null));
  }

  /**
   * Where a listing by this filter starts, and what is left to test on those topups: the index of
   * its group, else of its account, else of its status; the whole kind when it names none.
   *
   * @param rest null when the candidates are exactly the matching topups
   */
  record Lookup(Candidates<Topup> candidates, TopupFilter rest) {}

  Lookup lookup() {
    if (group != null) {
      return narrowed(
          Candidates.under(BY_GROUP, group.toString()), new TopupFilter(status, account, null));
    }
    if (account != null) {
      return narrowed(
          Candidates.under(BY_ACCOUNT, account.toString()), new TopupFilter(status, null, null));
    }
    if (status != null) {
      return narrowed(
          Candidates.under(BY_STATUS, status.getValue()), new TopupFilter(null, null, null));
    }
    return narrowed(Candidates.all(Kinds.TOPUPS), this);
  }

  private static Lookup narrowed(Candidates<Topup> candidates, TopupFilter rest) {
    return new Lookup(candidates, rest.isEmpty() ? null : rest);
  }

  private boolean isEmpty() {
    return status == null && account == null && group == null;
  }

  @Override
  public boolean test(Topup topup) {
    return (status == null || status == topup.getStatus())
        && (account == null || account.equals(topup.getAccount()))
        && (group == null || group.equals(topup.getTopupGroup()));
  }
}
