package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The calls the payout and topup scenarios make through HTTP with the dev token, each answer
 * checked to be one its operation declares (body valid by that status's schema), and the set-up
 * they share: a fresh account with its own lead and loan parameters.
 */
final class MoneyOutClient {

  private static final AtomicInteger LEADS = new AtomicInteger();

  private final RunningStub stub;

  MoneyOutClient(RunningStub stub) {
    this.stub = stub;
  }

  /** Sends the operation's request (path parameters already in {@code path}); null for no body. */
  Reply send(String operationId, String path, String json) {
    String method = CregoSpec.get().operation(operationId).orElseThrow().method();
    RunningStub.Call call = stub.call(method, path).devToken();
    Reply reply = (json == null ? call : call.json(json)).send();
    return reply.isDeclaredBy(CregoSpec.get().operation(operationId).orElseThrow());
  }

  /** Expects the status; answers the body. */
  JsonNode expect(int status, Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    return reply.json();
  }

  /**
   * An active account of {@code type} whose lead has loan parameters: 12 EMIs at 14% flat, a 2%
   * processing fee.
   */
  JsonNode account(String type, String approved) {
    String lead = "lead-money-out-" + LEADS.incrementAndGet();
    String program = "7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a";
    expect(
        201,
        send(
            OperationIds.INITIATE_LOAN_PARAMS,
            "/v1/lms/accounts/initiate_loan_params/",
            "{\"lead_id\": \""
                + lead
                + "\", \"program_id\": \""
                + program
                + "\", \"line_detail\": {\"approved_line_amount\": "
                + approved
                + "}, \"loan_data\": {\"emi_count\": 12, \"flat_roi_value\": 14, \"pf_value\": 2,"
                + " \"pf_value_type\": \"percentage\"}}"));
    return expect(
        201,
        send(
            OperationIds.CREATE_ACCOUNT,
            "/v1/lms/accounts/",
            "{\"lead_id\": \""
                + lead
                + "\", \"program_id\": \""
                + program
                + "\", \"name\": \"Money Out "
                + lead
                + "\", \"type\": \""
                + type
                + "\", \"approved_line_amount\": "
                + approved
                + "}"));
  }

  JsonNode accountNow(String accountId) {
    return expect(
        200,
        send(
            OperationIds.GET_ACCOUNT_SUMMARY, "/v1/lms/accounts/" + accountId + "/summary/", null));
  }

  JsonNode loan(String loanId) {
    return expect(
        200, send(OperationIds.GET_LOAN_SUMMARY, "/v1/lms/loans/" + loanId + "/summary/", null));
  }

  JsonNode export(String payoutId) {
    return expect(
        200,
        send(
            OperationIds.EXPORT_PAYOUTS_FOR_BANK,
            "/v1/lms/payouts/export/",
            "{\"payout_ids\": [\"" + payoutId + "\"]}"));
  }

  JsonNode process(String payoutId) {
    return expect(
        200, send(OperationIds.PROCESS_PAYOUT, "/v1/lms/payouts/" + payoutId + "/process/", null));
  }

  Reply callback(String payoutId, String status, String extraFields) {
    return send(
        OperationIds.PAYOUT_CALLBACK,
        "/v1/lms/payouts/callback/",
        "{\"payout_id\": \"" + payoutId + "\", \"status\": \"" + status + "\"" + extraFields + "}");
  }

  JsonNode retry(String payoutId) {
    return expect(
        200, send(OperationIds.RETRY_PAYOUT, "/v1/lms/payouts/" + payoutId + "/retry/", null));
  }

  JsonNode topup(String topupId, String action, String operationId, String json) {
    return expect(200, send(operationId, "/v1/lms/topups/" + topupId + "/" + action, json));
  }

  JsonNode runEod() {
    return expect(200, send(OperationIds.RUN_EOD, "/v1/lms/emis/run_eod/", null));
  }
}
