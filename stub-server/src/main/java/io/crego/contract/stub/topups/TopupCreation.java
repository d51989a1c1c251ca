package io.crego.contract.stub.topups;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountStatus;
import io.crego.contract.spec.model.AccountType;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupBulkCreate;
import io.crego.contract.spec.model.TopupCreate;
import io.crego.contract.spec.model.TopupGroup;
import io.crego.contract.spec.model.TopupStatus;
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
import io.crego.contract.stub.loans.LineLimit;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Create Topup and Bulk Topup Create: a draw on an active credit line. Over the line's available
 * amount it is refused; with a {@code scheduled_date} after the business date it waits ({@code
 * scheduled}, amount blocked) for the EOD; otherwise its checks run at once ({@link Disbursal}).
 */
final class TopupCreation {

  private final Store store;
  private final TopupLifecycle lifecycle;
  private final LoanBook loans;
  private final Disbursal disbursal;

  TopupCreation(Store store, TopupLifecycle lifecycle, LoanBook loans, Disbursal disbursal) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.loans = loans;
    this.disbursal = disbursal;
  }

  ApiResponse create(OperationContext context) {
    TopupCreate item = context.body(TopupCreate.class);
    Topup topup =
        store.write(
            context.companyId(), tx -> add(tx, item, OperationIds.CREATE_TOPUP, context.now()));
    return JsonAnswers.created(topup);
  }

  /**
   * Each item in a unit of work of its own, checked as Create Topup would: a refused item leaves
   * nothing behind (not even a half-booked loan) and the others are still created.
   */
  ApiResponse bulkCreate(OperationContext context) {
    List<TopupCreate> items = context.body(TopupBulkCreate.class).getTopups();
    BulkResults outcome = new BulkResults();
    for (int i = 0; i < items.size(); i++) {
      TopupCreate item = items.get(i);
      try {
        Topup topup =
            store.write(
                context.companyId(),
                tx -> add(tx, item, OperationIds.BULK_CREATE_TOPUPS, context.now()));
        outcome.created(i, topup.getId());
      } catch (ApiException refused) {
        outcome.failed(i, refused);
      }
    }
    return JsonAnswers.ok(outcome.result());
  }

  private Topup add(StoreTransaction tx, TopupCreate item, String operationId, double now) {
    Account account = Documents.account(tx, item.getAccountId(), "/account_id");
    requireDrawable(account, operationId);
    if (item.getCreditBankId() != null) {
      Documents.bank(tx, item.getCreditBankId(), "/credit_bank_id");
    }
    TopupGroup group =
        item.getTopupGroupId() == null
            ? null
            : GroupMembership.joinable(
                tx, item.getTopupGroupId(), account, "/topup_group_id", operationId);
    BigDecimal amount = Rupees.of(item.getAmount());
    LineLimit.requireAvailable(account, amount, "/amount");

    BigDecimal at = Timestamps.of(now);
    Topup topup =
        new Topup()
            .id(RefIds.newId())
            .createdAt(at)
            .updatedAt(at)
            .account(account.getId())
            .amount(amount)
            .scheduledDate(
                item.getScheduledDate() == null ? null : Timestamps.of(item.getScheduledDate()))
            .invoiceNumber(item.getInvoiceNumber())
            .invoiceAmount(
                item.getInvoiceAmount() == null ? null : Rupees.of(item.getInvoiceAmount()))
            .invoiceDate(
                item.getInvoiceDate() == null ? null : Timestamps.of(item.getInvoiceDate()))
            .invoiceUrl(null)
            .checks(new ArrayList<>())
            .loan(null)
            .payout(null)
            .topupGroup(null)
            .remark(item.getRemark());

    if (isAfter(topup, loans.businessDate(tx))) {
      topup.status(lifecycle.created(operationId, TopupStatus.SCHEDULED));
      CreditLine.block(tx, account, amount, now);
    } else {
      // the loan and payout are booked "as createTopup": their tables have no bulk rows
      disbursal.decide(
          tx,
          topup,
          account,
          item.getCreditBankId(),
          OperationIds.CREATE_TOPUP,
          target -> lifecycle.created(operationId, target),
          now);
    }
    topup.refId(TopupRefs.next(tx));
    tx.put(Kinds.TOPUPS, topup.getId().toString(), topup);
    if (group != null) {
      GroupMembership.join(tx, group, topup, now);
    }
    return topup;
  }

  /** Whether the topup is scheduled for a day after {@code businessDate}. */
  static boolean isAfter(Topup topup, LocalDate businessDate) {
    return topup.getScheduledDate() != null
        && BusinessCalendar.dayOf(topup.getScheduledDate()).isAfter(businessDate);
  }

  /**
   * Only an active credit line is drawn on by topups (a term loan is disbursed, not topped up): a
   * term loan account is the wrong kind of parent, a credit line not active is one in the wrong
   * state; both 409 {@code NOT_APPLICABLE}.
   */
  private static void requireDrawable(Account account, String operationId) {
    if (account.getType() != AccountType.CREDIT_LINE) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("resource", "account");
      details.put("id", account.getId().toString());
      details.put("type", account.getType().getValue());
      details.put("operation", operationId);
      details.put("required_type", AccountType.CREDIT_LINE.getValue());
      throw ApiException.conflict(
          ErrorCode.NOT_APPLICABLE,
          "Topups draw on a credit line; account " + account.getRefId() + " is a term loan.",
          details);
    }
    if (account.getStatus() != AccountStatus.ACTIVE) {
      throw ApiException.parentNotReady(
          "account",
          account.getId().toString(),
          account.getStatus().getValue(),
          operationId,
          List.of(AccountStatus.ACTIVE.getValue()),
          ApiException.ParentField.body("/account_id"));
    }
  }
}
