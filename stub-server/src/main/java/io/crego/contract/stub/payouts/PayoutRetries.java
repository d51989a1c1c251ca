package io.crego.contract.stub.payouts;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.topups.TopupPayouts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Retry Failed Payout: a {@code failed} payout goes to the bank again as the next attempt ({@code
 * index} + 1, {@code requested}, no reason, not yet downloaded); a disbursement's loan follows.
 */
final class PayoutRetries {

  private final Store store;
  private final TransitionGuard<PayoutStatus> lifecycle;
  private final TopupPayouts topups;
  private final PayoutChanges changes;

  PayoutRetries(
      Store store, TransitionGuard<PayoutStatus> lifecycle, LoanBook loans, TopupPayouts topups) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.topups = topups;
    this.changes = new PayoutChanges(loans, topups);
  }

  ApiResponse retry(OperationContext context) {
    Payout payout =
        store.write(
            context.companyId(),
            tx -> {
              Payout current = PayoutReferences.payoutInPath(tx, context.pathParam("id"));
              PayoutStatus previous = current.getStatus();
              PayoutStatus next = lifecycle.next(OperationIds.RETRY_PAYOUT, previous);
              if (topups.drawnBy(tx, current).isPresent()) {
                throw topupPayout(current);
              }
              int attempt = current.getIndex() == null ? 1 : current.getIndex();
              current.status(next).failedRemark(null).index(attempt + 1).isDownloaded(false);
              return changes.store(tx, current, previous, OperationIds.RETRY_PAYOUT, context.now());
            });
    return JsonAnswers.ok(payout);
  }

  /**
   * A topup's failed payout is sent again by Reinitiate Payout, which the Topup lifecycle has a row
   * for ({@code payout_failed → processing}); a plain retry would leave the topup {@code
   * payout_failed} while its money goes out, with no row to bring it to {@code disbursed}.
   */
  private static ApiException topupPayout(Payout payout) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("resource", "payout");
    details.put("current_status", payout.getStatus().getValue());
    details.put("operation", OperationIds.RETRY_PAYOUT);
    details.put("topup", payout.getTopup() == null ? null : payout.getTopup().toString());
    details.put("use", OperationIds.REINITIATE_TOPUP_PAYOUT);
    return ApiException.conflict(
        ErrorCode.NOT_APPLICABLE,
        "Payout "
            + payout.getRefId()
            + " pays out a topup: send it again with Reinitiate Payout on the topup.",
        details);
  }
}
