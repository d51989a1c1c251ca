package io.crego.contract.stub.seed;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import java.util.UUID;

/**
 * The demo company's day in the back office, made through the stub's own operations after its story
 * ({@link DemoBook}): the entities the spec's examples name that the story has no place for, each
 * left in the state its example needs — Gupta's draw-down payouts at every step of the bank's
 * round, topups scheduled, failing their checks or failed by the bank, a topup group, a line
 * detail, loan data, fees, and a new account never drawn. Their well-known ids ({@link DemoIds})
 * are given afterwards by {@link IdRenaming}.
 */
final class DemoBackOffice {

  private static final long DAY = 86_400;

  private final DemoCalls api;
  private final long now;
  private final IdRenaming renaming;

  DemoBackOffice(DemoCalls api, double now, IdRenaming renaming) {
    this.api = api;
    this.now = (long) now;
    this.renaming = renaming;
  }

  void write() {
    account();
    payouts();
    topups();
    referenceData();
  }

  private void account() {
    JsonNode mehta =
        api.call(
            OperationIds.CREATE_ACCOUNT,
            "{\"lead_id\": \""
                + DemoIds.MEHTA_LEAD
                + "\", \"program_id\": \""
                + DemoIds.PROGRAM_ID
                + "\", \"name\": \"Mehta Agencies\", \"type\": \"term_loan\","
                + " \"approved_line_amount\": 200000}");
    renaming.rename(id(mehta), DemoIds.MEHTA_ACCOUNT);
  }

  /** Four draw-downs on Gupta's line, their payouts left at each step of the bank's round. */
  private void payouts() {
    UUID requested = drawdown("40000");
    renaming.rename(requested, DemoIds.EXPORT_PAYOUT);

    UUID atBank = drawdown("30000");
    export(atBank);
    renaming.rename(atBank, DemoIds.PROCESS_PAYOUT);

    UUID processing = drawdown("60000");
    export(processing);
    api.call(OperationIds.PROCESS_PAYOUT, processing, null);
    renaming.rename(processing, DemoIds.CALLBACK_PAYOUT);

    UUID failed = drawdown("35000");
    export(failed);
    api.call(OperationIds.PROCESS_PAYOUT, failed, null);
    fail(failed);
    renaming.rename(failed, DemoIds.RETRY_PAYOUT);
  }

  private void topups() {
    String gupta = "\"account_id\": \"" + DemoIds.GUPTA_ACCOUNT + "\"";
    long monthAhead = now + 30 * DAY;
    renaming.rename(
        topup(
            gupta
                + ", \"amount\": 20000, \"invoice_number\": \"INV-2024-0031\", \"invoice_amount\":"
                + " 24000, \"scheduled_date\": "
                + monthAhead),
        DemoIds.UNSCHEDULE_TOPUP);
    renaming.rename(
        topup(
            gupta
                + ", \"amount\": 45000, \"invoice_number\": \"INV-2024-0037\", \"invoice_amount\":"
                + " 45000, \"scheduled_date\": "
                + monthAhead),
        DemoIds.UPDATE_TOPUP);
    renaming.rename(
        topup(gupta + ", \"amount\": 18000, \"remark\": \"Invoice to follow\""),
        DemoIds.PARSE_TOPUP);
    renaming.rename(
        topup(gupta + ", \"amount\": 22000, \"remark\": \"Invoice to follow\""),
        DemoIds.RERUN_TOPUP);

    JsonNode paid =
        api.call(
            OperationIds.CREATE_TOPUP,
            "{"
                + gupta
                + ", \"amount\": 15000, \"invoice_number\": \"INV-2024-0029\", \"invoice_amount\":"
                + " 15000}");
    UUID payout = reference(paid.path("payout"));
    export(payout);
    api.call(OperationIds.PROCESS_PAYOUT, payout, null);
    fail(payout);
    renaming.rename(id(paid), DemoIds.REINITIATE_TOPUP);

    renaming.rename(
        id(
            api.call(
                OperationIds.CREATE_TOPUP_GROUP, "{\"name\": \"May invoices\", " + gupta + "}")),
        DemoIds.TOPUP_GROUP);
  }

  private void referenceData() {
    renaming.rename(
        id(
            api.call(
                OperationIds.CREATE_LINE_DETAIL,
                "{\"account_id\": \""
                    + DemoIds.GUPTA_ACCOUNT
                    + "\", \"type\": \"adhoc\", \"approved_line_amount\": 100000,"
                    + " \"remark\": \"Festive season\"}")),
        DemoIds.LINE_DETAIL);
    renaming.rename(
        id(
            api.call(
                OperationIds.CREATE_LOAN_DATA,
                "{\"lead_id\": \""
                    + DemoIds.GUPTA_LEAD
                    + "\", \"account_id\": \""
                    + DemoIds.GUPTA_ACCOUNT
                    + "\", \"emi_count\": 6, \"flat_roi_value\": 18, \"pf_value\": 0,"
                    + " \"pf_value_type\": \"percentage\", \"loan_amount\": 200000}")),
        DemoIds.LOAN_DATA);
    String sharmaLoan = "\"loan_id\": \"" + DemoIds.SHARMA_LOAN + "\"";
    renaming.rename(
        id(
            api.call(
                OperationIds.CREATE_FEE,
                "{" + sharmaLoan + ", \"type\": \"bounce_charge\", \"amount\": 500}")),
        DemoIds.FEE);
    renaming.rename(
        id(
            api.call(
                OperationIds.CREATE_FEE,
                "{"
                    + sharmaLoan
                    + ", \"type\": \"late_payment_fee\", \"amount\": 250,"
                    + " \"remark\": \"Raised in error\"}")),
        DemoIds.DELETABLE_FEE);
  }

  /** A draw-down on Gupta's line; its payout's id. */
  private UUID drawdown(String amount) {
    JsonNode disbursement =
        api.call(
            OperationIds.INITIATE_DISBURSEMENT,
            DemoIds.GUPTA_ACCOUNT,
            "{\"amount\": " + amount + "}");
    return reference(disbursement.path("payout"));
  }

  private UUID topup(String fields) {
    return id(api.call(OperationIds.CREATE_TOPUP, "{" + fields + "}"));
  }

  private void export(UUID payout) {
    api.call(OperationIds.EXPORT_PAYOUTS_FOR_BANK, "{\"payout_ids\": [\"" + payout + "\"]}");
  }

  private void fail(UUID payout) {
    api.call(
        OperationIds.PAYOUT_CALLBACK,
        "{\"payout_id\": \""
            + payout
            + "\", \"status\": \"failed\", \"failed_remark\": \"Beneficiary account frozen\"}");
  }

  /** A reference, sent as an id or expanded into its object. */
  private static UUID reference(JsonNode node) {
    return node.isObject() ? id(node) : UUID.fromString(node.asText());
  }

  private static UUID id(JsonNode document) {
    return UUID.fromString(document.path("id").asText());
  }
}
