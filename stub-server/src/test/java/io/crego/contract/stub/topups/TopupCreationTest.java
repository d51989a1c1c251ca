package io.crego.contract.stub.topups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountStatus;
import io.crego.contract.spec.model.AccountType;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.PayoutType;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Create Topup and Bulk Topup Create: the three ways a topup starts, and the refusals. */
class TopupCreationTest extends MoneyOutTestBase {

  private Account line;

  @BeforeEach
  void givenACreditLine() {
    line = book.creditLine("100000");
  }

  @Test
  void aTopupWhoseChecksPassIsBookedAsALoanAndAPayout() {
    Exchange topup = processingTopup(line, "40000");

    assertEquals("processing", topup.text("/status"));
    assertTrue(topup.text("/ref_id").matches("TOP[0-9A-Z]{6}"), topup.text("/ref_id"));
    assertEquals(List.of("passed", "passed", "passed"), checkStatuses(topup));
    Payout payout = storedPayout(topup.text("/payout"));
    assertEquals(PayoutType.LOAN_DISBURSEMENT, payout.getType());
    assertEquals(PayoutStatus.REQUESTED, payout.getStatus());
    assertEquals(topup.text("/id"), payout.getTopup().toString());
    assertEquals(topup.text("/loan"), payout.getLoan().toString());
    book.assertLine(line, "60000", "0", "40000");
  }

  @Test
  void aTopupWithoutAnInvoiceWaitsWithItsAmountBlocked() {
    Exchange topup = checksFailedTopup(line, "30000");

    assertEquals("checks_failed", topup.text("/status"));
    assertEquals(List.of("passed", "failed", "failed"), checkStatuses(topup));
    assertEquals("No invoice number is on file.", topup.text("/checks/1/message"));
    assertTrue(topup.body().path("loan").isNull());
    assertTrue(topup.body().path("payout").isNull());
    book.assertLine(line, "70000", "0", "30000");
  }

  @Test
  void anInvoiceSmallerThanTheAmountFailsItsCheck() {
    Exchange topup =
        createTopup(line, "30000", "\"invoice_number\": \"INV-9\", \"invoice_amount\": 29999.99")
            .expect(201);

    assertEquals("checks_failed", topup.text("/status"));
    assertEquals(
        "The invoice amount 29999.99 does not cover 30000.00.", topup.text("/checks/2/message"));
  }

  @Test
  void aTopupForALaterDayIsScheduledWithItsAmountBlocked() {
    Exchange topup = scheduledTopup(line, "25000");

    assertEquals("scheduled", topup.text("/status"));
    assertEquals(0, topup.body().path("checks").size());
    assertEquals(1719167400L, topup.body().path("scheduled_date").asLong());
    book.assertLine(line, "75000", "0", "25000");
  }

  @Test
  void aTopupScheduledForTheBusinessDateRunsItsChecksAtOnce() {
    Exchange topup =
        createTopup(line, "1000", invoiceFor("1000") + ", \"scheduled_date\": 1718600000")
            .expect(201);

    assertEquals("processing", topup.text("/status"));
  }

  @Test
  void aTopupOverTheAvailableLineIsRefusedAndNothingChanges() {
    checksFailedTopup(line, "60000");
    processingTopup(line, "1");

    Exchange over =
        createTopup(line, "40000", invoiceFor("40000")).expectError(409, "LIMIT_EXCEEDED");

    assertEquals("/amount", over.text("/errors/0/field"));
    assertEquals(new BigDecimal("39999.00"), over.money("/details/available_line_amount"));
    assertEquals(2, (int) store.read(ACME, view -> view.count(Kinds.TOPUPS)));
    book.assertLine(line, "39999", "0", "60001");
  }

  @Test
  void onlyAnActiveCreditLineIsDrawnOn() {
    Account termLoan = book.account(AccountType.TERM_LOAN, AccountStatus.ACTIVE, "100000");
    Account closed = book.account(AccountType.CREDIT_LINE, AccountStatus.CLOSED, "100000");

    createTopup(termLoan, "10", invoiceFor("10")).expectError(409, "NOT_APPLICABLE");
    createTopup(closed, "10", invoiceFor("10")).expectError(409, "NOT_APPLICABLE");
    Account elsewhere = new Book(store, GLOBEX).creditLine("1000");
    Exchange unknown = createTopup(elsewhere, "10", "").expectError(404, "NOT_FOUND");
    assertEquals("/account_id", unknown.text("/errors/0/field"));
  }

  @Test
  void anUnknownBankOrGroupIsNotFound() {
    Exchange bank =
        createTopup(line, "10", "\"credit_bank_id\": \"" + line.getId() + "\"")
            .expectError(404, "NOT_FOUND");
    Exchange group =
        createTopup(line, "10", "\"topup_group_id\": \"" + line.getId() + "\"")
            .expectError(404, "NOT_FOUND");

    assertEquals("/credit_bank_id", bank.text("/errors/0/field"));
    assertEquals("/topup_group_id", group.text("/errors/0/field"));
    book.assertLine(line, "100000", "0", "0");
  }

  @Test
  void aRefusedBookingLeavesNothingBehind() {
    loans.refuseBookings();

    processingTopupRefused();

    assertEquals(0, (int) store.read(ACME, view -> view.count(Kinds.TOPUPS)));
    book.assertLine(line, "100000", "0", "0");
  }

  private void processingTopupRefused() {
    createTopup(line, "100", invoiceFor("100")).expectError(409, "LOAN_PARAMS_MISSING");
  }

  @Test
  void oneBadItemDoesNotLoseTheOthers() {
    Account termLoan = book.account(AccountType.TERM_LOAN, AccountStatus.ACTIVE, "100000");
    String items =
        String.join(
            ", ",
            topupJson(line, "10000", invoiceFor("10000")),
            topupJson(line, "95000", ""),
            topupJson(termLoan, "10", ""),
            topupJson(line, "20000", ""));

    Exchange result =
        api.call(ACME, OperationIds.BULK_CREATE_TOPUPS)
            .body("{\"topups\": [" + items + "]}")
            .send()
            .expect(200);

    assertEquals(2, result.body().path("created").asInt());
    assertEquals(2, result.body().path("failed").asInt());
    List<String> outcomes = new ArrayList<>();
    for (JsonNode item : result.body().path("results")) {
      outcomes.add(item.path("index").asInt() + ":" + item.path("status").asText());
    }
    assertEquals(List.of("0:created", "1:failed", "2:failed", "3:created"), outcomes);
    assertEquals("/amount", result.text("/results/1/errors/0/field"));
    assertEquals("", result.text("/results/2/errors/0/field"));
    assertEquals("processing", storedTopup(result.text("/results/0/id")).getStatus().getValue());
    book.assertLine(line, "70000", "0", "30000");
  }

  @Test
  void theLineIsCheckedWithoutChangingIt() {
    checksFailedTopup(line, "30000");

    Exchange fits =
        api.call(ACME, OperationIds.CHECK_LINE_AMOUNT)
            .body("{\"account_id\": \"" + line.getId() + "\", \"amount\": 70000}")
            .send()
            .expect(200);
    Exchange tooMuch =
        api.call(ACME, OperationIds.CHECK_LINE_AMOUNT)
            .body("{\"account_id\": \"" + line.getId() + "\", \"amount\": 70000.01}")
            .send()
            .expect(200);

    assertTrue(fits.body().path("is_available").asBoolean());
    assertFalse(tooMuch.body().path("is_available").asBoolean());
    assertEquals(new BigDecimal("30000.00"), fits.money("/blocked_line_amount"));
    book.assertLine(line, "70000", "0", "30000");
  }

  private static List<String> checkStatuses(Exchange topup) {
    List<String> statuses = new ArrayList<>();
    for (JsonNode check : topup.body().path("checks")) {
      statuses.add(check.path("status").asText());
    }
    return statuses;
  }
}
