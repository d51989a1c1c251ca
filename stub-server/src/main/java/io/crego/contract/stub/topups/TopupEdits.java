package io.crego.contract.stub.topups;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.InvoiceParseRequest;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.spec.model.TopupUpdate;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.loans.LineLimit;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

/**
 * Update Topup and Invoice Parse: changes to a topup that has not been disbursed ({@code scheduled}
 * or {@code checks_failed}); neither runs the checks again (Re Run Checks, or the EOD, does).
 */
final class TopupEdits {

  /** The longest invoice number a topup takes (as {@code TopupUpdate.invoice_number}). */
  private static final int INVOICE_NUMBER_MAX = 64;

  private final Store store;
  private final TopupLifecycle lifecycle;
  private final LoanBook loans;

  TopupEdits(Store store, TopupLifecycle lifecycle, LoanBook loans) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.loans = loans;
  }

  /**
   * A new amount moves the topup's block on the line by the difference (409 {@code LIMIT_EXCEEDED}
   * when the increase does not fit); a new {@code scheduled_date} must stay after the business date
   * (an earlier one would need the checks now: Unschedule and create the topup again).
   */
  ApiResponse update(OperationContext context) {
    TopupUpdate change = context.body(TopupUpdate.class);
    Topup topup =
        store.write(
            context.companyId(),
            tx -> {
              Topup current = TopupReferences.topupInPath(tx, context.pathParam("id"));
              TopupStatus next = lifecycle.next(OperationIds.UPDATE_TOPUP, current.getStatus());
              if (change.getScheduledDate() != null) {
                reschedule(tx, current, change.getScheduledDate());
              }
              if (change.getAmount() != null) {
                changeAmount(tx, current, Rupees.of(change.getAmount()), context.now());
              }
              if (change.getInvoiceNumber() != null) {
                current.invoiceNumber(change.getInvoiceNumber());
              }
              if (change.getInvoiceAmount() != null) {
                current.invoiceAmount(Rupees.of(change.getInvoiceAmount()));
              }
              if (change.getInvoiceDate() != null) {
                current.invoiceDate(Timestamps.of(change.getInvoiceDate()));
              }
              if (change.getRemark() != null) {
                current.remark(change.getRemark());
              }
              current.status(next);
              return stored(tx, current, context.now());
            });
    return JsonAnswers.ok(topup);
  }

  /**
   * The stub reads no files: the invoice number is the file name of {@code invoice_url} (without
   * its extension), the amount is the topup's, and the date is the business date.
   */
  ApiResponse parseInvoice(OperationContext context) {
    String url = context.body(InvoiceParseRequest.class).getInvoiceUrl().toString();
    String invoiceNumber = invoiceNumberOf(url);
    Topup topup =
        store.write(
            context.companyId(),
            tx -> {
              Topup current = TopupReferences.topupInPath(tx, context.pathParam("id"));
              TopupStatus next =
                  lifecycle.next(OperationIds.PARSE_TOPUP_INVOICE, current.getStatus());
              LocalDate businessDate = loans.businessDate(tx);
              current
                  .status(next)
                  .invoiceUrl(url)
                  .invoiceNumber(invoiceNumber)
                  .invoiceAmount(Rupees.of(current.getAmount()))
                  .invoiceDate(Timestamps.of(BusinessCalendar.dayStart(businessDate)));
              return stored(tx, current, context.now());
            });
    return JsonAnswers.ok(topup);
  }

  private void reschedule(StoreTransaction tx, Topup topup, long scheduledDate) {
    if (topup.getStatus() != TopupStatus.SCHEDULED) {
      throw ApiException.invalid(
          ErrorDetails.body(
              "/scheduled_date",
              "only a scheduled topup takes a scheduled_date; this one is " + topup.getStatus()));
    }
    LocalDate businessDate = loans.businessDate(tx);
    topup.scheduledDate(Timestamps.of(scheduledDate));
    if (!TopupCreation.isAfter(topup, businessDate)) {
      throw ApiException.invalid(
          ErrorDetails.body(
              "/scheduled_date", "must be a day after the business date " + businessDate));
    }
  }

  /** Both editable states hold the topup's amount blocked: move the block by the difference. */
  private static void changeAmount(
      StoreTransaction tx, Topup topup, BigDecimal amount, double now) {
    Account account = TopupReferences.accountOf(tx, topup);
    BigDecimal increase = Rupees.subtract(amount, topup.getAmount());
    if (increase.signum() > 0) {
      LineLimit.requireAvailable(account, increase, "/amount");
      CreditLine.block(tx, account, increase, now);
    } else if (increase.signum() < 0) {
      CreditLine.release(tx, account, increase.negate(), now);
    }
    topup.amount(amount);
    tx.put(Kinds.TOPUPS, topup.getId().toString(), topup);
    GroupMembership.amountChanged(tx, topup, now);
  }

  private static Topup stored(StoreTransaction tx, Topup topup, double now) {
    topup.updatedAt(Timestamps.touch(topup.getUpdatedAt(), now));
    tx.put(Kinds.TOPUPS, topup.getId().toString(), topup);
    return topup;
  }

  private static String invoiceNumberOf(String url) {
    String path = URI.create(url).getPath();
    String file = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    String name = dot > 0 ? file.substring(0, dot) : file;
    if (name.isBlank()) {
      throw ApiException.invalid(
          ErrorDetails.body("/invoice_url", "names no file to read an invoice number from"));
    }
    if (name.length() > INVOICE_NUMBER_MAX) {
      throw ApiException.invalid(
          ErrorDetails.body(
              "/invoice_url",
              "names a file whose name is longer than " + INVOICE_NUMBER_MAX + " characters"));
    }
    return name;
  }
}
