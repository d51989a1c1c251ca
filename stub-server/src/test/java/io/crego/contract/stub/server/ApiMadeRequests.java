package io.crego.contract.stub.server;

import static io.crego.contract.stub.server.OperationClient.invoiceFields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.lending.BusinessCalendar;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * For each operation, a request that must get its success status, on data made first through the
 * API, as a client of an empty company would: loan parameters and an account, a loan paid out by
 * the bank, a record, a payout, a topup, reference data. Each request makes its own data, so that
 * none depends on another having run.
 */
final class ApiMadeRequests {

  private static final String APPROVED = "500000";

  private final RunningStub stub;
  private final OperationClient api;
  private final Map<String, Supplier<OperationRequest>> requests = new LinkedHashMap<>();

  ApiMadeRequests(RunningStub stub) {
    this.stub = stub;
    this.api = new OperationClient(stub, stub.server.devToken());
    auth();
    accounts();
    loans();
    emis();
    records();
    payouts();
    topups();
    referenceData();
  }

  /** The operations a request is made for. */
  Set<String> operationIds() {
    return requests.keySet();
  }

  /** Makes the data the operation needs; the request that must then succeed. */
  Optional<OperationRequest> makeFor(String operationId) {
    return Optional.ofNullable(requests.get(operationId)).map(Supplier::get);
  }

  /** What an operation is sent once its data is made: a target and a JSON body, or none. */
  private record Call(String target, Object body) {}

  private void on(String operationId, Supplier<Call> call) {
    requests.put(
        operationId,
        () -> {
          Call made = call.get();
          return OperationRequest.of(
              operationId, made.target(), made.body() == null ? null : Json.write(made.body()));
        });
  }

  private static Call call(String target) {
    return new Call(target, null);
  }

  private static Call call(String target, Object body) {
    return new Call(target, body);
  }

  private void auth() {
    Map<String, String> login =
        Map.of(
            "username", stub.server.config().defaultUser().username(),
            "password", stub.server.config().defaultUser().password());
    on(OperationIds.GET_TOKEN, () -> call("/auth/login/", login));
    on(
        OperationIds.REFRESH_TOKEN,
        () -> {
          String refresh =
              api.ok(OperationIds.GET_TOKEN, "/auth/login/", Json.write(login))
                  .path("refresh")
                  .asText();
          return call("/auth/tokens/refresh/", Map.of("refresh", refresh));
        });
    on(OperationIds.PING, () -> call("/auth/ping/"));
  }

  private void accounts() {
    on(
        OperationIds.INITIATE_LOAN_PARAMS,
        () -> call("/v1/lms/accounts/initiate_loan_params/", loanParams(newLead(), "500000", 12)));
    on(
        OperationIds.GET_LOAN_PARAMS,
        () -> call("/v1/lms/accounts/initiate_loan_params/?lead_id=" + leadWithParams()));
    on(
        OperationIds.UPDATE_LOAN_PARAMS,
        () ->
            call(
                "/v1/lms/accounts/initiate_loan_params/",
                loanParams(leadWithParams(), "600000", 18)));
    on(
        OperationIds.CREATE_ACCOUNT,
        () ->
            call(
                "/v1/lms/accounts/",
                Map.of(
                    "lead_id", leadWithParams(),
                    "program_id", "p",
                    "name", "Kapoor Hardware",
                    "type", "credit_line",
                    "approved_line_amount", new BigDecimal(APPROVED))));
    onAccount(OperationIds.CLOSE_ACCOUNT, "/close/");
    onAccount(OperationIds.REFRESH_LIMIT, "/refresh_limit/");
    onAccount(OperationIds.GET_ACCOUNT_SUMMARY, "/summary/");
    on(
        OperationIds.INITIATE_DISBURSEMENT,
        () ->
            call(
                "/v1/lms/accounts/" + termAccount() + "/initiate_disbursement/",
                Map.of("amount", 100000)));
    on(
        OperationIds.RESET_RPS,
        () -> {
          Loan loan = activeLoan();
          return call(
              "/v1/lms/accounts/" + loan.account() + "/reset_rps/", Map.of("loan_id", loan.id()));
        });
  }

  private void onAccount(String operationId, String action) {
    on(operationId, () -> call("/v1/lms/accounts/" + termAccount() + action));
  }

  private void loans() {
    onActiveLoan(OperationIds.GET_OUTSTANDING_DATA, "/outstanding_data/");
    onActiveLoan(OperationIds.GET_EMI_AMOUNT, "/emi_amount/");
    onActiveLoan(OperationIds.GET_LOAN_SUMMARY, "/summary/");
    on(
        OperationIds.RESTRUCTURE_LOAN,
        () -> call("/v1/lms/loans/" + activeLoan().id() + "/restructure/", Map.of("emi_count", 6)));
    on(
        OperationIds.INITIATE_LOAN_ADJUSTMENT,
        () ->
            call(
                "/v1/lms/loans/" + activeLoan().id() + "/adjustments/",
                Map.of("amount", 1, "type", "cashback")));
    on(
        OperationIds.INITIATE_LOAN_REFUND,
        () -> call("/v1/lms/loans/" + loanWithExcess().id() + "/refund/", Map.of("amount", 1500)));
    on(
        OperationIds.LIST_LOANS_WITH_EXCESS_BALANCE,
        () -> {
          loanWithExcess();
          return call("/v1/lms/loans/excess_balance/");
        });
    on(OperationIds.LIST_LOANS, () -> call("/v1/lms/loans/?account=" + activeLoan().account()));
    on(
        OperationIds.EXPORT_CASHBACK,
        () -> call("/v1/lms/loans/export_cashback/?account=" + activeLoan().account()));
  }

  private void onActiveLoan(String operationId, String action) {
    on(operationId, () -> call("/v1/lms/loans/" + activeLoan().id() + action));
  }

  private void emis() {
    on(OperationIds.LIST_EMIS, () -> call("/v1/lms/emis/?loan=" + activeLoan().id()));
    on(OperationIds.LIST_SETTLEMENTS, () -> call("/v1/lms/settlements/?loan=" + activeLoan().id()));
    on(
        OperationIds.CALCULATE_EMI,
        () ->
            call(
                "/v1/lms/emis/calculate_emi/",
                Map.of("principal", 100000, "roi_value", 12, "emi_count", 3)));
    on(OperationIds.RUN_EOD, () -> call("/v1/lms/emis/run_eod/"));
  }

  private void records() {
    on(
        OperationIds.CREATE_RECORD,
        () ->
            call(
                "/v1/lms/records/",
                Map.of(
                    "account_id",
                    termAccount(),
                    "received_amount",
                    20000,
                    "payment_mode",
                    "neft",
                    "date",
                    1718610125)));
    on(
        OperationIds.BULK_CREATE_RECORDS,
        () ->
            call(
                "/v1/lms/records/bulk_create/",
                Map.of(
                    "records",
                    List.of(
                        Map.of(
                            "account_id",
                            termAccount(),
                            "received_amount",
                            5000,
                            "date",
                            1718610125)))));
    on(OperationIds.GET_RECORD, () -> call("/v1/lms/records/" + pendingRecord() + "/"));
    on(
        OperationIds.LIST_RECORDS,
        () -> {
          Loan loan = activeLoan();
          api.createRecord(loan.account(), loan.id(), new BigDecimal("5000"));
          return call("/v1/lms/records/?account=" + loan.account());
        });
    on(OperationIds.LIST_UNMATCHED_RECORDS, () -> call("/v1/lms/records/unmatched/"));
    on(
        OperationIds.EXPORT_RECORDS,
        () ->
            call(
                "/v1/lms/records/export/",
                Map.of("record_ids", List.of(processedRecordWithExcess()))));
    on(
        OperationIds.MARK_RECORD_PROCESSED,
        () ->
            call(
                "/v1/lms/records/" + pendingRecord() + "/mark_processed/",
                Map.of(
                    "utr",
                    "UTR" + unique(),
                    "settled_at",
                    1718649000,
                    "collection_bank_id",
                    stub.collectionBank())));
    on(
        OperationIds.REQUEST_RECORD_APPROVAL,
        () ->
            call(
                "/v1/lms/records/" + pendingRecord() + "/request_approval/",
                Map.of("remark", "Please verify against the bank statement")));
    on(
        OperationIds.UPDATE_NACH_PRESENTATION_STATUS,
        () -> {
          Loan loan = activeLoan();
          String nach = recordOn(loan, "\"payment_mode\": \"nach\"");
          return call(
              "/v1/lms/records/" + nach + "/nach_presentation_status/",
              Map.of("status", "success", "utr", "NACH" + unique(), "settled_at", 1718649000));
        });
    on(
        OperationIds.BULK_NACH_REQUEST,
        () ->
            call(
                "/v1/lms/records/bulk_nach_request/",
                Map.of("loan_ids", List.of(loanWithAnEmiDue()))));
    on(
        OperationIds.INITIATE_EXCESS_PAYMENT_REFUND,
        () ->
            call(
                "/v1/lms/records/" + processedRecordWithExcess() + "/excess_payment_refund/",
                Map.of("amount", 1500, "remark", "Excess paid by borrower")));
    on(
        OperationIds.INITIATE_RECORD_ADJUSTMENT,
        () -> {
          Loan loan = activeLoan();
          String cashback = recordOn(loan, "\"type\": \"cashback\", \"payment_mode\": \"neft\"");
          api.markProcessed(cashback, stub.collectionBank());
          return call(
              "/v1/lms/records/" + cashback + "/initiate_adjustment/",
              Map.of("loan_id", loan.id(), "amount", 100));
        });
  }

  private void payouts() {
    on(
        OperationIds.CREATE_PAYOUT,
        () ->
            call(
                "/v1/lms/payouts/",
                Map.of(
                    "account_id",
                    termAccount(),
                    "type",
                    "upfront_excess_refund",
                    "amount",
                    2500,
                    "payment_reference_no",
                    "PRN-" + unique())));
    on(
        OperationIds.LIST_PAYOUTS,
        () -> call("/v1/lms/payouts/?account=" + requestedLoan().account()));
    on(OperationIds.LIST_UNMATCHED_PAYOUTS, () -> call("/v1/lms/payouts/unmatched/"));
    on(
        OperationIds.EXPORT_PAYOUTS_FOR_BANK,
        () ->
            call(
                "/v1/lms/payouts/export/",
                Map.of("payout_ids", List.of(requestedLoan().payout()))));
    on(
        OperationIds.PROCESS_PAYOUT,
        () -> {
          String payout = requestedLoan().payout();
          api.export(payout);
          return call("/v1/lms/payouts/" + payout + "/process/");
        });
    on(
        OperationIds.PAYOUT_CALLBACK,
        () -> {
          String payout = requestedLoan().payout();
          api.export(payout);
          api.process(payout);
          return call(
              "/v1/lms/payouts/callback/",
              Map.of("payout_id", payout, "status", "processed", "utr", "AXISN" + unique()));
        });
    on(
        OperationIds.RETRY_PAYOUT,
        () -> {
          String payout = requestedLoan().payout();
          failAtTheBank(payout);
          return call("/v1/lms/payouts/" + payout + "/retry/");
        });
    on(
        OperationIds.REQUEST_TRANCHE,
        () ->
            // a requested loan: its first payout, not yet at the bank, makes room for the tranche
            call(
                "/v1/lms/payouts/add_tranche/",
                Map.of("loan_id", requestedLoan().id(), "amount", 5000)));
  }

  private void topups() {
    on(
        OperationIds.CREATE_TOPUP,
        () ->
            call(
                "/v1/lms/topups/",
                Json.read(
                    OperationClient.topupBody(creditLine(), "50000", invoiceFields("50000")),
                    JsonNode.class)));
    on(
        OperationIds.BULK_CREATE_TOPUPS,
        () ->
            call(
                "/v1/lms/topups/bulk_create/",
                Map.of(
                    "topups",
                    List.of(
                        Json.read(
                            OperationClient.topupBody(
                                creditLine(), "25000", invoiceFields("25000")),
                            JsonNode.class)))));
    on(
        OperationIds.LIST_TOPUPS,
        () -> {
          String account = creditLine();
          api.createTopup(account, "10000", "");
          return call("/v1/lms/topups/?account=" + account);
        });
    on(
        OperationIds.CHECK_LINE_AMOUNT,
        () ->
            call(
                "/v1/lms/topups/check_line_amount/",
                Map.of("account_id", creditLine(), "amount", 50000)));
    onTopupWhoseChecksFailed(OperationIds.UPDATE_TOPUP, "", Map.of("remark", "invoice to follow"));
    onTopupWhoseChecksFailed(OperationIds.UNSCHEDULE_TOPUP, "unschedule/", null);
    onTopupWhoseChecksFailed(
        OperationIds.PARSE_TOPUP_INVOICE,
        "invoice_parse/",
        Map.of("invoice_url", "https://files.example.com/invoices/INV-77.pdf"));
    onTopupWhoseChecksFailed(OperationIds.RE_RUN_TOPUP_CHECKS, "re_run_checks/", null);
    on(
        OperationIds.REINITIATE_TOPUP_PAYOUT,
        () -> {
          JsonNode topup =
              api.expect(201, api.createTopup(creditLine(), "20000", invoiceFields("20000")));
          failAtTheBank(topup.path("payout").asText());
          return call("/v1/lms/topups/" + topup.path("id").asText() + "/reinitiate_payout/");
        });
    on(
        OperationIds.CREATE_TOPUP_GROUP,
        () ->
            call(
                "/v1/lms/topup_groups/",
                Map.of("name", "June invoices", "account_id", creditLine())));
    on(
        OperationIds.LIST_TOPUP_GROUPS,
        () -> call("/v1/lms/topup_groups/?account=" + topupGroup().path("account").asText()));
    on(
        OperationIds.UPDATE_TOPUP_GROUP,
        () ->
            call(
                "/v1/lms/topup_groups/" + topupGroup().path("id").asText() + "/",
                Map.of("name", "June invoices (batch 2)")));
  }

  private void onTopupWhoseChecksFailed(String operationId, String action, Object body) {
    on(operationId, () -> call("/v1/lms/topups/" + topupWhoseChecksFailed() + "/" + action, body));
  }

  private void referenceData() {
    on(
        OperationIds.CREATE_LINE_DETAIL,
        () -> call("/v1/lms/line_details/", lineDetailOf(creditLine())));
    on(
        OperationIds.BULK_CREATE_INTERNAL_LINE_DETAILS,
        () ->
            call(
                "/v1/lms/line_details/bulk_internal/",
                Map.of(
                    "line_details",
                    List.of(Map.of("account_id", creditLine(), "approved_line_amount", 250000)))));
    on(
        OperationIds.FILTER_LINE_DETAILS,
        () -> call("/v1/lms/line_details/?account=" + lineDetail().path("account").asText()));
    on(
        OperationIds.GET_LINE_DETAILS_BY_TYPE,
        () ->
            call(
                "/v1/lms/line_details/by_type/?type=regular&account="
                    + lineDetail().path("account").asText()));
    on(
        OperationIds.RETRIEVE_LINE_DETAIL,
        () -> call("/v1/lms/line_details/" + lineDetail().path("id").asText() + "/"));
    on(
        OperationIds.UPDATE_LINE_DETAIL,
        () ->
            call(
                "/v1/lms/line_details/" + lineDetail().path("id").asText() + "/",
                Map.of("approved_line_amount", 600000)));
    on(OperationIds.CREATE_LOAN_DATA, () -> call("/v1/lms/loan_data/", loanDataOf(newLead())));
    on(OperationIds.RETRIEVE_LOAN_DATA, () -> call("/v1/lms/loan_data/" + loanData() + "/"));
    on(
        OperationIds.UPDATE_LOAN_DATA,
        () -> call("/v1/lms/loan_data/" + loanData() + "/", Map.of("emi_count", 18)));
    on(OperationIds.CREATE_FEE, () -> call("/v1/lms/fees/", feeOn(activeLoan().id())));
    on(
        OperationIds.BULK_CREATE_FEES,
        () -> call("/v1/lms/fees/bulk_create/", Map.of("fees", List.of(feeOn(activeLoan().id())))));
    on(OperationIds.LIST_FEES, () -> call("/v1/lms/fees/?loan=" + fee().path("loan").asText()));
    on(
        OperationIds.GET_FEE_DEMANDS,
        () -> call("/v1/lms/fees/demands/?loan=" + fee().path("loan").asText()));
    on(OperationIds.GET_FEE, () -> call("/v1/lms/fees/" + fee().path("id").asText() + "/"));
    on(OperationIds.DELETE_FEE, () -> call("/v1/lms/fees/" + fee().path("id").asText() + "/"));
    on(
        OperationIds.UPDATE_EXTRA_DATA,
        () -> call("/v1/lms/extra_data/", extraDataOn(activeLoan().id())));
    on(
        OperationIds.LIST_EXTRA_DATA,
        () -> {
          String loan = activeLoan().id();
          api.ok(
              OperationIds.UPDATE_EXTRA_DATA, "/v1/lms/extra_data/", Json.write(extraDataOn(loan)));
          return call("/v1/lms/extra_data/?entity_type=loan&entity_id=" + loan);
        });
  }

  // ---- the data, made through the API ----

  /** A term loan: its id, its account's, and its first payout's. */
  private record Loan(String id, String account, String payout) {}

  private static String unique() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
  }

  private static String newLead() {
    return "lead-every-" + unique();
  }

  private static Map<String, Object> loanParams(String lead, String approved, int emiCount) {
    return Map.of(
        "lead_id",
        lead,
        "program_id",
        "p",
        "line_detail",
        Map.of("approved_line_amount", new BigDecimal(approved)),
        "loan_data",
        Map.of(
            "emi_count",
            emiCount,
            "flat_roi_value",
            14,
            "pf_value",
            2,
            "pf_value_type",
            "percentage"));
  }

  private String leadWithParams() {
    return api.loanParams(APPROVED, "14", 12, "2");
  }

  private String termAccount() {
    return api.account("term_loan", APPROVED);
  }

  private String creditLine() {
    return api.account("credit_line", APPROVED);
  }

  /** A loan disbursed, its payout not yet at the bank. */
  private Loan requestedLoan() {
    String account = termAccount();
    JsonNode booked = api.disburse(account, "100000");
    return new Loan(booked.at("/loan/id").asText(), account, booked.at("/payout/id").asText());
  }

  /** A loan the bank has paid out: active, nothing due yet. */
  private Loan activeLoan() {
    Loan loan = requestedLoan();
    api.bankPays(loan.payout());
    return loan;
  }

  /** An active loan whose first EMI has fallen due: the business date moved to its due date. */
  private String loanWithAnEmiDue() {
    Loan loan = activeLoan();
    BigDecimal dueDate = api.loan(loan.id()).path("next_due_date").decimalValue();
    stub.advanceTo(BusinessCalendar.dayOf(dueDate));
    assertEquals("due", api.emis(loan.id()).at("/results/0/status").asText(), "the first EMI");
    return loan.id();
  }

  private String pendingRecord() {
    return recordOn(activeLoan(), "\"payment_mode\": \"neft\"");
  }

  /** A pending record of 5000 on the loan, with these fields (type, payment mode); its id. */
  private String recordOn(Loan loan, String fields) {
    return api.createRecord(loan.account(), loan.id(), new BigDecimal("5000"), fields)
        .path("id")
        .asText();
  }

  /**
   * A repayment processed while nothing is due: all of it stays on the record ({@code
   * remaining_amount}) and as the loan's excess.
   */
  private JsonNode repaymentWithExcess() {
    Loan loan = activeLoan();
    return api.repay(loan.account(), loan.id(), new BigDecimal("5000"), stub.collectionBank());
  }

  private String processedRecordWithExcess() {
    return repaymentWithExcess().path("id").asText();
  }

  private Loan loanWithExcess() {
    JsonNode record = repaymentWithExcess();
    return new Loan(record.path("loans").path(0).asText(), record.path("account").asText(), null);
  }

  /** A credit line's topup without an invoice: its checks failed, its amount blocked. */
  private String topupWhoseChecksFailed() {
    JsonNode topup = api.expect(201, api.createTopup(creditLine(), "10000", ""));
    assertEquals("checks_failed", topup.path("status").asText(), topup::toString);
    return topup.path("id").asText();
  }

  /** The payout, exported to the bank, comes back failed. */
  private void failAtTheBank(String payout) {
    api.export(payout);
    api.expect(200, api.callback(payout, "failed", ", \"failed_remark\": \"IFSC not found\""));
  }

  private JsonNode topupGroup() {
    return api.ok(
        OperationIds.CREATE_TOPUP_GROUP,
        "/v1/lms/topup_groups/",
        Json.write(Map.of("name", "June invoices", "account_id", creditLine())));
  }

  private static Map<String, Object> lineDetailOf(String account) {
    return Map.of(
        "account_id", account, "type", "regular", "approved_line_amount", new BigDecimal(APPROVED));
  }

  private JsonNode lineDetail() {
    return api.ok(
        OperationIds.CREATE_LINE_DETAIL,
        "/v1/lms/line_details/",
        Json.write(lineDetailOf(creditLine())));
  }

  private static Map<String, Object> loanDataOf(String lead) {
    return Map.of(
        "lead_id",
        lead,
        "emi_count",
        12,
        "flat_roi_value",
        14,
        "pf_value",
        2,
        "pf_value_type",
        "percentage");
  }

  private String loanData() {
    return api.ok(
            OperationIds.CREATE_LOAN_DATA, "/v1/lms/loan_data/", Json.write(loanDataOf(newLead())))
        .path("id")
        .asText();
  }

  private static Map<String, Object> feeOn(String loan) {
    return Map.of("loan_id", loan, "type", "bounce_charge", "amount", 500);
  }

  private JsonNode fee() {
    return api.ok(OperationIds.CREATE_FEE, "/v1/lms/fees/", Json.write(feeOn(activeLoan().id())));
  }

  private static Map<String, Object> extraDataOn(String loan) {
    return Map.of(
        "entity_type", "loan", "entity_id", loan, "data", Map.of("dealer_code", "DL-221"));
  }
}
