package io.crego.contract.stub.records;

import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.store.StoreView;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The UTRs the company's records carry, looked up in the store's UTR index (so a check costs the
 * same with 100 records as with 100,000), plus those the unit of work has claimed for records it
 * has not stored yet.
 */
final class UsedUtrs {

  private final StoreView view;
  private final Map<String, UUID> claimed = new HashMap<>();

  private UsedUtrs(StoreView view) {
    this.view = view;
  }

  static UsedUtrs of(StoreView view) {
    return new UsedUtrs(view);
  }

  boolean isUsed(String utr) {
    return claimed.containsKey(utr) || view.count(RecordIndexes.BY_UTR, utr) > 0;
  }

  /**
   * @throws ApiException 409 {@code DUPLICATE_UTR} when another record has this UTR; {@code
   *     pointer} locates the UTR in the request body
   */
  void requireFree(String utr, UUID self, String pointer) {
    UUID owner = owner(utr, self);
    if (owner != null) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("utr", utr);
      details.put("record", owner.toString());
      throw new ApiException(
          409,
          ErrorCode.DUPLICATE_UTR,
          "UTR " + utr + " is already used by record " + owner + ".",
          List.of(ErrorDetails.body(pointer, "is already used by another record")),
          details);
    }
  }

  void claim(String utr, UUID recordId) {
    claimed.put(utr, recordId);
  }

  /** A record other than {@code self} that has the UTR, or null. */
  private UUID owner(String utr, UUID self) {
    UUID claimant = claimed.get(utr);
    if (claimant != null && !claimant.equals(self)) {
      return claimant;
    }
    for (String id : view.idsWhere(RecordIndexes.BY_UTR, utr)) {
      UUID owner = UUID.fromString(id);
      if (!owner.equals(self)) {
        return owner;
      }
    }
    return null;
  }
}
