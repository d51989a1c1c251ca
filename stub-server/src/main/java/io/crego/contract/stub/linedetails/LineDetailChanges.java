package io.crego.contract.stub.linedetails;

import io.crego.contract.spec.model.LineDetail;
import io.crego.contract.spec.model.LineDetailUpdate;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.Store;

/**
 * Update: a partial update of amount, end date, status and remark; fields the request leaves out
 * keep their value. The line has no lifecycle in the spec, so any status may follow any other.
 */
final class LineDetailChanges {

  private final Store store;

  LineDetailChanges(Store store) {
    this.store = store;
  }

  ApiResponse update(OperationContext context) {
    LineDetailUpdate change = context.body(LineDetailUpdate.class);
    String id = context.pathParam("id");
    LineDetail line =
        store.write(
            context.companyId(),
            tx -> {
              LineDetail current = Documents.inPath(tx, Kinds.LINE_DETAILS, "line_detail", id);
              if (change.getApprovedLineAmount() != null) {
                current.approvedLineAmount(Rupees.of(change.getApprovedLineAmount()));
              }
              if (change.getEndDate() != null) {
                current.endDate(Timestamps.of(change.getEndDate()));
                LineDates.requireEndNotBeforeStart(current.getStartDate(), current.getEndDate());
              }
              if (change.getStatus() != null) {
                current.status(change.getStatus());
              }
              if (change.getRemark() != null) {
                current.remark(change.getRemark());
              }
              current.updatedAt(Timestamps.touch(current.getUpdatedAt(), context.now()));
              tx.put(Kinds.LINE_DETAILS, id, current);
              return current;
            });
    return JsonAnswers.ok(line);
  }
}
