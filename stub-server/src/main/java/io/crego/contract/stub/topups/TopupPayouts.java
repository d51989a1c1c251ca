package io.crego.contract.stub.topups;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.util.Optional;

/**
 * What the payouts domain asks of topups: which topup a payout pays out, and moving that topup when
 * the bank answers for its latest payout (processed → {@code disbursed}; failed or rejected →
 * {@code payout_failed}), in the payout's unit of work.
 */
public final class TopupPayouts {

  private final TopupLifecycle lifecycle;

  public TopupPayouts(CregoSpec spec) {
    this.lifecycle = new TopupLifecycle(spec);
  }

  /** The topup the payout pays out (its latest payout, or an earlier attempt), if any. */
  public Optional<Topup> drawnBy(StoreView view, Payout payout) {
    if (payout.getTopup() != null) {
      Optional<Topup> named = view.get(Kinds.TOPUPS, payout.getTopup().toString());
      if (named.isPresent()) {
        return named;
      }
    }
    return view.all(Kinds.TOPUPS).stream()
        .filter(topup -> payout.getId().equals(topup.getPayout()))
        .findFirst();
  }

  /** Called after the payout's status changed by {@code operationId}; stores what moved. */
  public void payoutChanged(StoreTransaction tx, Payout payout, String operationId, double now) {
    TopupStatus target = topupStatusAfter(payout.getStatus());
    if (target == null) {
      return;
    }
    Optional<Topup> drawn = drawnBy(tx, payout);
    // an earlier attempt's answer does not move a topup that has a newer payout
    if (drawn.isEmpty() || !payout.getId().equals(drawn.get().getPayout())) {
      return;
    }
    Topup topup = drawn.get();
    topup
        .status(lifecycle.next(operationId, topup.getStatus(), target))
        .updatedAt(Timestamps.touch(topup.getUpdatedAt(), now));
    tx.put(Kinds.TOPUPS, topup.getId().toString(), topup);
  }

  private static TopupStatus topupStatusAfter(PayoutStatus payout) {
    return switch (payout) {
      case PROCESSED -> TopupStatus.DISBURSED;
      case FAILED, REJECTED -> TopupStatus.PAYOUT_FAILED;
      default -> null;
    };
  }
}
