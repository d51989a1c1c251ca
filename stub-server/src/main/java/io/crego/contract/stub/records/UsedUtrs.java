package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Record;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.FieldError;
import io.crego.contract.stub.domain.Kinds;
import io.crego.contract.stub.store.StoreView;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The UTRs the company's records carry, read once per unit of work (a bulk request checks many
 * items against one scan) and kept up to date as the unit of work claims more.
 */
final class UsedUtrs {

  private final Map<String, UUID> owners = new HashMap<>();

  private UsedUtrs() {}

  static UsedUtrs of(StoreView view) {
    UsedUtrs used = new UsedUtrs();
    for (Record record : view.all(Kinds.RECORDS)) {
      if (record.getUtr() != null) {
        used.owners.put(record.getUtr(), record.getId());
      }
    }
    return used;
  }

  boolean isUsed(String utr) {
    return owners.containsKey(utr);
  }

  /**
   * @throws ApiException 409 {@code DUPLICATE_UTR} when another record has this UTR; {@code
   *     pointer} locates the UTR in the request body
   */
  void requireFree(String utr, UUID self, String pointer) {
    UUID owner = owners.get(utr);
    if (owner != null && !owner.equals(self)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("utr", utr);
      details.put("record", owner.toString());
      throw new ApiException(
          409,
          "DUPLICATE_UTR",
          "UTR " + utr + " is already used by record " + owner + ".",
          List.of(FieldError.body(pointer, "is already used by another record")),
          details);
    }
  }

  void claim(String utr, UUID recordId) {
    owners.put(utr, recordId);
  }
}
