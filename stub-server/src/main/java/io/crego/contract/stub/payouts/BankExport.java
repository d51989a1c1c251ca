package io.crego.contract.stub.payouts;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.ExportFile;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutExportRequest;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Export Payout for Bank: writes the bank file for the named payouts and moves each to {@code
 * send_to_bank}. All or nothing: every payout is looked up (404) and checked against the lifecycle
 * (409 naming the first one that is not {@code requested}) before the first one changes.
 */
final class BankExport {

  private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final Store store;
  private final TransitionGuard<PayoutStatus> lifecycle;
  private final LoanBook loans;

  BankExport(Store store, TransitionGuard<PayoutStatus> lifecycle, LoanBook loans) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.loans = loans;
  }

  ApiResponse export(OperationContext context) {
    PayoutExportRequest request = context.body(PayoutExportRequest.class);
    ExportFile file = store.write(context.companyId(), tx -> export(tx, request, context.now()));
    return JsonAnswers.ok(file);
  }

  private ExportFile export(StoreTransaction tx, PayoutExportRequest request, double now) {
    Bank debitBank =
        request.getDebitBankId() == null
            ? null
            : Documents.bank(tx, request.getDebitBankId(), "/debit_bank_id");
    List<Payout> payouts = namedPayouts(tx, new ArrayList<>(request.getPayoutIds()));

    List<Payout> sent = new ArrayList<>();
    for (Payout payout : payouts) {
      PayoutStatus previous = payout.getStatus();
      payout
          .status(lifecycle.next(OperationIds.EXPORT_PAYOUTS_FOR_BANK, previous))
          .isDownloaded(true);
      if (debitBank != null) {
        payout.debitBank(debitBank);
      }
      payout.updatedAt(Timestamps.touch(payout.getUpdatedAt(), now));
      tx.put(Kinds.PAYOUTS, payout.getId().toString(), payout);
      loans.payoutChanged(tx, payout, previous, OperationIds.EXPORT_PAYOUTS_FOR_BANK, now);
      sent.add(payout);
    }
    String day = loans.businessDate(tx).format(FILE_DATE);
    return new ExportFile()
        .fileName("payouts-" + day + ".csv")
        .contentType(ExportFile.ContentTypeEnum.TEXT_CSV)
        .count(sent.size())
        .content(BankFile.csv(sent));
  }

  /** The payouts in request order, each known and {@code requested}, or the refusal. */
  private List<Payout> namedPayouts(StoreTransaction tx, List<UUID> ids) {
    List<Payout> payouts = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String pointer = "/payout_ids/" + i;
      payouts.add(
          PayoutReferences.payout(
              tx, ids.get(i).toString(), ErrorDetails.body(pointer, "no such payout")));
    }
    for (int i = 0; i < payouts.size(); i++) {
      Payout payout = payouts.get(i);
      if (!lifecycle.allows(OperationIds.EXPORT_PAYOUTS_FOR_BANK, payout.getStatus())) {
        throw naming(payout, "/payout_ids/" + i);
      }
    }
    return payouts;
  }

  /** The lifecycle's refusal, with the offending payout named in details and errors. */
  private ApiException naming(Payout payout, String pointer) {
    ApiException refusal =
        lifecycle.notAllowed(
            OperationIds.EXPORT_PAYOUTS_FOR_BANK,
            payout.getStatus(),
            lifecycle.allowedFrom(OperationIds.EXPORT_PAYOUTS_FOR_BANK));
    Map<String, Object> details = new LinkedHashMap<>(refusal.details());
    details.put("payout", payout.getId().toString());
    details.put("ref_id", payout.getRefId());
    return new ApiException(
        refusal.status(),
        refusal.code(),
        "Payout "
            + payout.getRefId()
            + " is "
            + payout.getStatus()
            + ": nothing was exported. "
            + refusal.getMessage(),
        List.of(ErrorDetails.body(pointer, "is " + payout.getStatus() + ", not requested")),
        details);
  }
}
