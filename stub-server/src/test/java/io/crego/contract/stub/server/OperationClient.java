package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stub's operations over HTTP as one user (by bearer token), for the scenario tests: every
 * answer checked to be one its operation declares, with a body valid by that status's schema, and
 * the set-ups the scenarios share (an account with loan parameters, a loan paid out, a repayment).
 */
final class OperationClient {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final RunningStub stub;
  private final String token;

  OperationClient(RunningStub stub, String token) {
    this.stub = stub;
    this.token = token;
  }

  /** Calls the operation at {@code path} (path parameters filled in), with a body or none. */
  Reply call(String operationId, String path, String json) {
    SpecOperation operation = CregoSpec.get().operation(operationId).orElseThrow();
    StubHttp.Call call = stub.call(operation.method(), path).auth(token);
    return (json == null ? call : call.json(json)).send().isDeclaredBy(operation);
  }

  /** Expects the status; answers the body. */
  JsonNode expect(int status, Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    return reply.json();
  }

  JsonNode ok(String operationId, String path, String json) {
    Reply reply = call(operationId, path, json);
    assertTrue(reply.status() / 100 == 2, () -> operationId + ": " + reply.body());
    return reply.json();
  }

  /**
   * An account of {@code type} whose lead has loan parameters of 12 EMIs at 14% flat and a 2%
   * processing fee; its id.
   */
  String account(String type, String approved) {
    return account(type, approved, "14", 12, "2");
  }

  /** An account whose lead has loan parameters; its id. */
  String account(String type, String approved, String rate, int emiCount, String feePercent) {
    return account(loanParams(approved, rate, emiCount, feePercent), type, approved);
  }

  /** Initiate Loan Params for a new lead; the lead's id. */
  String loanParams(String approved, String rate, int emiCount, String feePercent) {
    String lead = "lead-walk-" + COUNTER.incrementAndGet();
    ok(
        OperationIds.INITIATE_LOAN_PARAMS,
        "/v1/lms/accounts/initiate_loan_params/",
        "{\"lead_id\": \""
            + lead
            + "\", \"program_id\": \"p\", \"line_detail\": {\"approved_line_amount\": "
            + approved
            + "}, \"loan_data\": {\"emi_count\": "
            + emiCount
            + ", \"flat_roi_value\": "
            + rate
            + ", \"pf_value\": "
            + feePercent
            + ", \"pf_value_type\": \"percentage\"}}");
    return lead;
  }

  /** Create Account for a lead that has loan parameters; the account's id. */
  String account(String lead, String type, String approved) {
    return ok(
            OperationIds.CREATE_ACCOUNT,
            "/v1/lms/accounts/",
            "{\"lead_id\": \""
                + lead
                + "\", \"program_id\": \"p\", \"name\": \"Walk Traders\", \"type\": \""
                + type
                + "\", \"approved_line_amount\": "
                + approved
                + "}")
        .path("id")
        .asText();
  }

  /** Initiate Disbursement; the {@code Disbursement} (loan and payout). */
  JsonNode disburse(String account, String amount) {
    return ok(
        OperationIds.INITIATE_DISBURSEMENT,
        "/v1/lms/accounts/" + account + "/initiate_disbursement/",
        "{\"amount\": " + amount + "}");
  }

  /** The payout's way through the bank: exported, taken, paid. */
  JsonNode bankPays(String payoutId) {
    ok(
        OperationIds.EXPORT_PAYOUTS_FOR_BANK,
        "/v1/lms/payouts/export/",
        "{\"payout_ids\": [\"" + payoutId + "\"]}");
    ok(OperationIds.PROCESS_PAYOUT, "/v1/lms/payouts/" + payoutId + "/process/", null);
    return ok(
        OperationIds.PAYOUT_CALLBACK,
        "/v1/lms/payouts/callback/",
        "{\"payout_id\": \""
            + payoutId
            + "\", \"status\": \"processed\", \"utr\": \"AXISN"
            + COUNTER.incrementAndGet()
            + "\"}");
  }

  /** An active loan; its id. */
  String activeLoan(String account, String amount) {
    JsonNode booked = disburse(account, amount);
    bankPays(booked.at("/payout/id").asText());
    return booked.at("/loan/id").asText();
  }

  /** Create Record of a NEFT repayment on the loan; the pending record. */
  JsonNode createRecord(String account, String loan, BigDecimal amount) {
    return createRecord(account, loan, amount, "\"payment_mode\": \"neft\"");
  }

  /** Create Record on the loan, with more fields (type, payment mode, ...); the pending record. */
  JsonNode createRecord(String account, String loan, BigDecimal amount, String extraFields) {
    return ok(
        OperationIds.CREATE_RECORD,
        "/v1/lms/records/",
        "{\"account_id\": \""
            + account
            + "\", \"received_amount\": "
            + amount.toPlainString()
            + ", \"date\": 1718610125, \"loan_ids\": [\""
            + loan
            + "\"], "
            + extraFields
            + "}");
  }

  /** Mark Processed, received in the collection bank; the processed record. */
  JsonNode markProcessed(String record, String bankId) {
    return ok(
        OperationIds.MARK_RECORD_PROCESSED,
        "/v1/lms/records/" + record + "/mark_processed/",
        "{\"utr\": \"WALK"
            + COUNTER.incrementAndGet()
            + "\", \"settled_at\": 1718649000, \"collection_bank_id\": \""
            + bankId
            + "\"}");
  }

  /** Create Record and Mark Processed; the processed record. */
  JsonNode repay(String account, String loan, BigDecimal amount, String bankId) {
    return markProcessed(createRecord(account, loan, amount).path("id").asText(), bankId);
  }

  JsonNode loan(String loan) {
    return ok(OperationIds.GET_LOAN_SUMMARY, "/v1/lms/loans/" + loan + "/summary/", null);
  }

  JsonNode outstanding(String loan) {
    return ok(
        OperationIds.GET_OUTSTANDING_DATA, "/v1/lms/loans/" + loan + "/outstanding_data/", null);
  }

  JsonNode emis(String loan) {
    return ok(OperationIds.LIST_EMIS, "/v1/lms/emis/?loan=" + loan, null);
  }

  JsonNode runEod() {
    return ok(OperationIds.RUN_EOD, "/v1/lms/emis/run_eod/", null);
  }

  JsonNode accountNow(String accountId) {
    return expect(
        200, call("getAccountSummary", "/v1/lms/accounts/" + accountId + "/summary/", null));
  }

  JsonNode export(String payoutId) {
    return expect(
        200,
        call(
            "exportPayoutsForBank",
            "/v1/lms/payouts/export/",
            "{\"payout_ids\": [\"" + payoutId + "\"]}"));
  }

  JsonNode process(String payoutId) {
    return expect(200, call("processPayout", "/v1/lms/payouts/" + payoutId + "/process/", null));
  }

  Reply callback(String payoutId, String status, String extraFields) {
    return call(
        "payoutCallback",
        "/v1/lms/payouts/callback/",
        "{\"payout_id\": \"" + payoutId + "\", \"status\": \"" + status + "\"" + extraFields + "}");
  }

  JsonNode retry(String payoutId) {
    return expect(200, call("retryPayout", "/v1/lms/payouts/" + payoutId + "/retry/", null));
  }

  JsonNode topup(String topupId, String action, String operationId, String json) {
    return expect(200, call(operationId, "/v1/lms/topups/" + topupId + "/" + action, json));
  }

  /** Create Topup; the answer, whatever its status. */
  Reply createTopup(String account, String amount, String extraFields) {
    return call(
        OperationIds.CREATE_TOPUP, "/v1/lms/topups/", topupBody(account, amount, extraFields));
  }

  /** A Create Topup body, with more fields (invoice, schedule, ...) or "". */
  static String topupBody(String account, String amount, String extraFields) {
    return "{\"account_id\": \""
        + account
        + "\", \"amount\": "
        + amount
        + (extraFields.isEmpty() ? "" : ", " + extraFields)
        + "}";
  }

  /** The invoice fields of a topup body: an invoice of this amount, so that its checks pass. */
  static String invoiceFields(String amount) {
    return "\"invoice_number\": \"INV-S-"
        + amount
        + "-"
        + COUNTER.incrementAndGet()
        + "\", \"invoice_amount\": "
        + amount
        + ", \"invoice_date\": 1718562600";
  }
}
