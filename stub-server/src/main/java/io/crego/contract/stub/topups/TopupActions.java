package io.crego.contract.stub.topups;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.Store;

/** Re Run Checks and Unschedule: a waiting topup goes ahead, or is given up. */
final class TopupActions {

  private final Store store;
  private final TopupLifecycle lifecycle;
  private final Disbursal disbursal;

  TopupActions(Store store, TopupLifecycle lifecycle, Disbursal disbursal) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.disbursal = disbursal;
  }

  /**
   * A {@code checks_failed} topup's checks, run again on what is on file now: all pass → its loan
   * and payout are booked ({@code processing}); otherwise it stays, with the new results.
   */
  ApiResponse reRunChecks(OperationContext context) {
    Topup topup =
        store.write(
            context.companyId(),
            tx -> {
              Topup current = TopupReferences.topupInPath(tx, context.pathParam("id"));
              TopupStatus from = current.getStatus();
              if (!lifecycle.allows(OperationIds.RE_RUN_TOPUP_CHECKS, from)) {
                throw lifecycle.notAllowed(OperationIds.RE_RUN_TOPUP_CHECKS, from);
              }
              Account account = TopupReferences.accountOf(tx, current);
              disbursal.decide(
                  tx,
                  current,
                  account,
                  null,
                  OperationIds.RE_RUN_TOPUP_CHECKS,
                  target -> lifecycle.next(OperationIds.RE_RUN_TOPUP_CHECKS, from, target),
                  context.now());
              current.updatedAt(Timestamps.touch(current.getUpdatedAt(), context.now()));
              tx.put(Kinds.TOPUPS, current.getId().toString(), current);
              return current;
            });
    return JsonAnswers.ok(topup);
  }

  /** A {@code scheduled} topup is {@code cancelled} and its amount released to the line. */
  ApiResponse unschedule(OperationContext context) {
    Topup topup =
        store.write(
            context.companyId(),
            tx -> {
              Topup current = TopupReferences.topupInPath(tx, context.pathParam("id"));
              current.status(lifecycle.next(OperationIds.UNSCHEDULE_TOPUP, current.getStatus()));
              CreditLine.release(
                  tx, TopupReferences.accountOf(tx, current), current.getAmount(), context.now());
              current.updatedAt(Timestamps.touch(current.getUpdatedAt(), context.now()));
              tx.put(Kinds.TOPUPS, current.getId().toString(), current);
              return current;
            });
    return JsonAnswers.ok(topup);
  }
}
