package io.crego.contract.stub.bulk;

import io.crego.contract.spec.model.BulkItemResult;
import io.crego.contract.spec.model.BulkResult;
import io.crego.contract.spec.model.ErrorDetail;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Collects the per-item outcome of a bulk request, in request order; every bulk operation uses it.
 */
public final class BulkResults {

  private final List<BulkItemResult> items = new ArrayList<>();
  private int created;
  private int failed;

  public void created(int index, UUID id) {
    created++;
    items.add(
        new BulkItemResult()
            .index(index)
            .status(BulkItemResult.StatusEnum.CREATED)
            .id(id)
            .errors(new ArrayList<>()));
  }

  /**
   * An item refused for the reason the single operation would have given; its field pointers are
   * relative to the item. A refusal that names no field (a conflict) is reported on the item.
   */
  public void failed(int index, ApiException refusal) {
    List<ErrorDetail> errors = refusal.errors();
    if (errors.isEmpty()) {
      errors = List.of(ErrorDetails.body("", refusal.getMessage()));
    }
    failed(index, errors);
  }

  public void failed(int index, List<ErrorDetail> errors) {
    failed++;
    List<ErrorDetail> details = new ArrayList<>(errors);
    items.add(
        new BulkItemResult()
            .index(index)
            .status(BulkItemResult.StatusEnum.FAILED)
            .id(null)
            .errors(details));
  }

  public BulkResult result() {
    return new BulkResult().created(created).failed(failed).results(List.copyOf(items));
  }
}
