package io.crego.contract.stub.topups;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.outgoing.NewPayouts;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reinitiate Payout: after a topup's payout failed, a new payout ({@code requested}) for the same
 * loan, amount and beneficiary; the topup is {@code processing} again and names the new payout. The
 * failed payout stays as it was, for the record. The loan follows through {@link
 * LoanBook#payoutChanged} with the failed payout's status as the previous one: its disbursement
 * went from that status to {@code requested} (the loan from {@code failed} back to {@code
 * requested}).
 */
final class PayoutReinitiation {

  private final Store store;
  private final TopupLifecycle lifecycle;
  private final TransitionGuard<PayoutStatus> payouts;
  private final LoanBook loans;

  PayoutReinitiation(
      Store store,
      TopupLifecycle lifecycle,
      TransitionGuard<PayoutStatus> payouts,
      LoanBook loans) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.payouts = payouts;
    this.loans = loans;
  }

  ApiResponse reinitiate(OperationContext context) {
    Topup topup =
        store.write(
            context.companyId(),
            tx -> {
              Topup current = TopupReferences.topupInPath(tx, context.pathParam("id"));
              TopupStatus next =
                  lifecycle.next(OperationIds.REINITIATE_TOPUP_PAYOUT, current.getStatus());
              Payout failed =
                  tx.get(Kinds.PAYOUTS, String.valueOf(current.getPayout()))
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  "Topup " + current.getId() + " is payout_failed with no payout"));
              if (failed.getStatus() == PayoutStatus.REJECTED) {
                throw rejected(current, failed);
              }
              Payout fresh = nextAttempt(tx, failed, current, context.now());
              tx.put(Kinds.PAYOUTS, fresh.getId().toString(), fresh);
              current
                  .status(next)
                  .payout(fresh.getId())
                  .updatedAt(Timestamps.touch(current.getUpdatedAt(), context.now()));
              tx.put(Kinds.TOPUPS, current.getId().toString(), current);
              loans.payoutChanged(
                  tx,
                  fresh,
                  failed.getStatus(),
                  OperationIds.REINITIATE_TOPUP_PAYOUT,
                  context.now());
              return current;
            });
    return JsonAnswers.ok(topup);
  }

  /**
   * A rejected disbursement rejects its loan for good (the Loan lifecycle has no way back from
   * {@code rejected}, nor a new loan booked by this operation): a new payout would pay out a loan
   * that no longer exists. The borrower's draw is made again as a new topup.
   */
  private static ApiException rejected(Topup topup, Payout payout) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("resource", "topup");
    details.put("current_status", topup.getStatus().getValue());
    details.put("operation", OperationIds.REINITIATE_TOPUP_PAYOUT);
    details.put("payout", payout.getId().toString());
    details.put("payout_status", payout.getStatus().getValue());
    return ApiException.conflict(
        ErrorCode.NOT_APPLICABLE,
        "The topup's payout "
            + payout.getRefId()
            + " was rejected, and its loan with it: create a new topup instead.",
        details);
  }

  /** A copy of the failed payout as a new one: own id and number, first attempt, untouched. */
  private Payout nextAttempt(StoreTransaction tx, Payout failed, Topup topup, double now) {
    return NewPayouts.numbered(
        tx,
        Json.convert(Json.tree(failed), Payout.class).topup(topup.getId()),
        payouts.created(OperationIds.REINITIATE_TOPUP_PAYOUT),
        Timestamps.of(now),
        now);
  }
}
