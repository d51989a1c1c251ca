package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.testing.Reply;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payouts through HTTP, on the stub with its real loan book: a disbursement paid out activates its
 * loan; a failed payout is retried; a rejected one rejects its loan and frees the line.
 */
class PayoutScenariosTest {

  private static RunningStub stub;
  private static OperationClient client;

  @BeforeAll
  static void start() {
    stub = RunningStub.start(RunningStub.testConfig().withSeed("none"));
    client = new OperationClient(stub, stub.server.devToken());
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  @Test
  void aDisbursementPaidOutActivatesItsLoan() {
    String account = client.account("term_loan", "500000");
    JsonNode disbursement = disburse(account, "100000");
    String payout = disbursement.path("payout").path("id").asText();
    String loan = disbursement.path("loan").path("id").asText();
    assertEquals("requested", disbursement.path("payout").path("status").asText());

    JsonNode file = client.export(payout);
    assertEquals(1, file.path("count").asInt());
    assertTrue(file.path("content").asText().contains(payout), file.toString());
    assertEquals("processing", client.process(payout).path("status").asText());
    JsonNode paid =
        client.expect(200, client.callback(payout, "processed", ", \"utr\": \"AXISN777001\""));

    assertEquals("processed", paid.path("status").asText());
    assertEquals("AXISN777001", paid.path("utr").asText());
    assertEquals("active", client.loan(loan).path("status").asText());
    JsonNode line = client.accountNow(account);
    assertEquals(
        0, new BigDecimal("100000").compareTo(line.path("used_line_amount").decimalValue()));
    assertEquals(0, line.path("blocked_line_amount").decimalValue().signum());
  }

  @Test
  void aFailedPayoutIsRetriedAndThenPaid() {
    String account = client.account("term_loan", "500000");
    JsonNode disbursement = disburse(account, "50000");
    String payout = disbursement.path("payout").path("id").asText();
    String loan = disbursement.path("loan").path("id").asText();
    client.export(payout);

    client
        .callback(payout, "failed", "")
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/failed_remark");
    JsonNode failed =
        client.expect(
            200, client.callback(payout, "failed", ", \"failed_remark\": \"IFSC not found\""));
    assertEquals("IFSC not found", failed.path("failed_remark").asText());
    assertEquals("failed", client.loan(loan).path("status").asText());
    Reply notAtTheBank =
        client
            .call(OperationIds.PROCESS_PAYOUT, "/v1/lms/payouts/" + payout + "/process/", null)
            .isError(409, "TRANSITION_NOT_ALLOWED");
    assertEquals("failed", notAtTheBank.json().path("details").path("current_status").asText());

    JsonNode retried = client.retry(payout);

    assertEquals("requested", retried.path("status").asText());
    assertEquals(2, retried.path("index").asInt());
    assertTrue(retried.path("failed_remark").isNull());
    assertEquals("requested", client.loan(loan).path("status").asText());
    client.export(payout);
    client.process(payout);
    client.expect(200, client.callback(payout, "processed", ", \"utr\": \"AXISN777002\""));
    assertEquals("active", client.loan(loan).path("status").asText());
  }

  @Test
  void aRejectedDisbursementRejectsItsLoanAndFreesTheLine() {
    String account = client.account("term_loan", "500000");
    JsonNode disbursement = disburse(account, "80000");
    String payout = disbursement.path("payout").path("id").asText();
    client.export(payout);
    client.process(payout);

    JsonNode rejected =
        client.expect(
            200,
            client.callback(
                payout, "rejected", ", \"failed_remark\": \"Beneficiary account frozen\""));

    assertEquals("rejected", rejected.path("status").asText());
    assertEquals(
        "rejected",
        client.loan(disbursement.path("loan").path("id").asText()).path("status").asText());
    JsonNode line = client.accountNow(account);
    assertEquals(
        0, new BigDecimal("500000").compareTo(line.path("available_line_amount").decimalValue()));
    client
        .call(OperationIds.RETRY_PAYOUT, "/v1/lms/payouts/" + payout + "/retry/", null)
        .isError(409, "TRANSITION_NOT_ALLOWED");
  }

  @Test
  void aBookedPayoutIsListedAndItsReferenceIsUnique() {
    String account = client.account("credit_line", "10000");
    String body =
        "{\"account_id\": \""
            + account
            + "\", \"type\": \"upfront_excess_refund\", \"amount\": 2500,"
            + " \"payment_reference_no\": \"PRN-"
            + account
            + "\"}";
    String payout =
        client
            .expect(201, client.call(OperationIds.CREATE_PAYOUT, "/v1/lms/payouts/", body))
            .path("id")
            .asText();
    client
        .call(OperationIds.CREATE_PAYOUT, "/v1/lms/payouts/", body)
        .isError(409, "DUPLICATE_REFERENCE");

    JsonNode listed =
        client.expect(
            200,
            client.call(OperationIds.LIST_PAYOUTS, "/v1/lms/payouts/?account=" + account, null));
    assertEquals(1, listed.path("count").asInt());
    assertEquals(payout, listed.path("results").path(0).path("id").asText());
    JsonNode unmatched =
        client.expect(
            200,
            client.call(
                OperationIds.LIST_UNMATCHED_PAYOUTS,
                "/v1/lms/payouts/unmatched/?page_size=100",
                null));
    assertTrue(unmatched.path("results").findValuesAsText("id").contains(payout));
  }

  private static JsonNode disburse(String account, String amount) {
    return client.expect(
        201,
        client.call(
            OperationIds.INITIATE_DISBURSEMENT,
            "/v1/lms/accounts/" + account + "/initiate_disbursement/",
            "{\"amount\": " + amount + "}"));
  }
}
