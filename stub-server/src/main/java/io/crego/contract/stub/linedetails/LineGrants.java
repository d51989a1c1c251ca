package io.crego.contract.stub.linedetails;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountStatus;
import io.crego.contract.spec.model.LineDetail;
import io.crego.contract.spec.model.LineDetailBulkInternal;
import io.crego.contract.spec.model.LineDetailCreate;
import io.crego.contract.spec.model.LineDetailInternalItem;
import io.crego.contract.spec.model.LineStatus;
import io.crego.contract.spec.model.LineType;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.bulk.BulkResults;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Create and Bulk Internal: grant lines on accounts, {@code active} from the start. A line starts
 * on {@code start_date} or, when none is given, at the start of the business day; it may not end
 * before it starts. Only an open account takes a new line.
 */
final class LineGrants {

  /** The statuses of an account that takes a new line: any but closed. */
  private static final List<String> OPEN_ACCOUNT =
      Arrays.stream(AccountStatus.values())
          .filter(status -> status != AccountStatus.CLOSED)
          .map(AccountStatus::getValue)
          .toList();

  private final Store store;
  private final LoanBook loans;

  LineGrants(Store store, LoanBook loans) {
    this.store = store;
    this.loans = loans;
  }

  ApiResponse create(OperationContext context) {
    LineDetailCreate request = context.body(LineDetailCreate.class);
    Grant grant =
        new Grant(
            request.getAccountId(),
            request.getType(),
            request.getApprovedLineAmount(),
            request.getStartDate(),
            request.getEndDate(),
            request.getRemark());
    LineDetail line =
        store.write(
            context.companyId(),
            tx -> grant(tx, grant, context.operation().operationId(), context.now()));
    return JsonAnswers.created(line);
  }

  /** Each item on its own, as {@code internal}: a refused item is reported, the others granted. */
  ApiResponse bulkInternal(OperationContext context) {
    List<LineDetailInternalItem> items =
        context.body(LineDetailBulkInternal.class).getLineDetails();
    BulkResults outcome =
        store.write(
            context.companyId(),
            tx -> {
              BulkResults results = new BulkResults();
              for (int i = 0; i < items.size(); i++) {
                LineDetailInternalItem item = items.get(i);
                Grant grant =
                    new Grant(
                        item.getAccountId(),
                        LineType.INTERNAL,
                        item.getApprovedLineAmount(),
                        null,
                        item.getEndDate(),
                        item.getRemark());
                try {
                  results.created(
                      i,
                      grant(tx, grant, context.operation().operationId(), context.now()).getId());
                } catch (ApiException refused) {
                  results.failed(i, refused);
                }
              }
              return results;
            });
    return JsonAnswers.ok(outcome.result());
  }

  /**
   * Checks one grant against the company's data, then stores its line. Every check comes before the
   * write, so a refused item of a bulk request leaves nothing behind.
   */
  private LineDetail grant(StoreTransaction tx, Grant grant, String operationId, double now) {
    Account account = Documents.account(tx, grant.accountId(), "/account_id");
    if (account.getStatus() == AccountStatus.CLOSED) {
      throw ApiException.parentNotReady(
          "account",
          account.getId().toString(),
          account.getStatus().getValue(),
          operationId,
          OPEN_ACCOUNT,
          ApiException.ParentField.body("/account_id"));
    }
    BigDecimal start =
        grant.startDate() != null
            ? Timestamps.of(grant.startDate())
            : Timestamps.of(BusinessCalendar.dayStart(loans.businessDate(tx)));
    BigDecimal end = grant.endDate() == null ? null : Timestamps.of(grant.endDate());
    LineDates.requireEndNotBeforeStart(start, end);

    BigDecimal at = Timestamps.of(now);
    LineDetail line =
        new LineDetail()
            .id(RefIds.newId())
            .createdAt(at)
            .updatedAt(at)
            .account(account.getId())
            .type(grant.type())
            .status(LineStatus.ACTIVE)
            .approvedLineAmount(Rupees.of(grant.amount()))
            .startDate(start)
            .endDate(end)
            .remark(grant.remark());
    tx.put(Kinds.LINE_DETAILS, line.getId().toString(), line);
    return line;
  }

  /** What one grant asks for; {@code startDate} and {@code endDate} in epoch seconds or null. */
  private record Grant(
      UUID accountId,
      LineType type,
      BigDecimal amount,
      Long startDate,
      Long endDate,
      String remark) {}
}
