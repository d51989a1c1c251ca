package io.crego.contract.stub.server;

import static io.crego.contract.stub.server.OperationClient.invoiceFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.lending.BusinessCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Topups through HTTP, on the stub with its real loan book: a draw over the line is refused; a
 * topup whose checks failed gets its invoice, passes, is paid out and disbursed; scheduled topups
 * wait for the EOD or are unscheduled. The line adds up after each step.
 */
class TopupScenariosTest {

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
  void aTopupOverTheLineIsRefused() {
    String account = client.account("credit_line", "100000");

    client
        .createTopup(account, "100000.01", invoiceFields("100000.01"))
        .isError(409, "LIMIT_EXCEEDED")
        .hasFieldError("body", "/amount");

    JsonNode check =
        client.expect(
            200,
            client.call(
                OperationIds.CHECK_LINE_AMOUNT,
                "/v1/lms/topups/check_line_amount/",
                "{\"account_id\": \"" + account + "\", \"amount\": 100000.01}"));
    assertFalse(check.path("is_available").asBoolean());
    assertLine(account, "100000", "0", "0");
  }

  @Test
  void aTopupWhoseChecksFailedIsDisbursedOnceItsInvoiceIsIn() {
    String account = client.account("credit_line", "200000");
    JsonNode created = client.expect(201, client.createTopup(account, "50000", ""));
    String id = created.path("id").asText();
    assertEquals("checks_failed", created.path("status").asText());
    assertLine(account, "150000", "0", "50000");

    JsonNode parsed =
        client.topup(
            id,
            "invoice_parse/",
            OperationIds.PARSE_TOPUP_INVOICE,
            "{\"invoice_url\": \"https://files.example.com/invoices/INV-77.pdf\"}");
    assertEquals("INV-77", parsed.path("invoice_number").asText());
    JsonNode processing =
        client.topup(id, "re_run_checks/", OperationIds.RE_RUN_TOPUP_CHECKS, null);
    assertEquals("processing", processing.path("status").asText());
    assertLine(account, "150000", "0", "50000");

    String payout = processing.path("payout").asText();
    client.export(payout);
    client.process(payout);
    client.expect(200, client.callback(payout, "processed", ", \"utr\": \"HDFCN900001\""));

    JsonNode listed =
        client.expect(
            200, client.call(OperationIds.LIST_TOPUPS, "/v1/lms/topups/?account=" + account, null));
    assertEquals("disbursed", listed.path("results").path(0).path("status").asText());
    assertEquals("active", client.loan(processing.path("loan").asText()).path("status").asText());
    assertLine(account, "150000", "50000", "0");
  }

  @Test
  void scheduledTopupsWaitForTheEndOfDayOrAreUnscheduled() {
    String account = client.account("credit_line", "300000");
    LocalDate today = BusinessCalendar.dayOf(client.runEod().path("business_date").decimalValue());
    long tomorrow = BusinessCalendar.dayStart(today.plusDays(1));
    long nextWeek = BusinessCalendar.dayStart(today.plusDays(7));
    String released =
        client
            .expect(
                201,
                client.createTopup(
                    account, "40000", invoiceFields("40000") + ", \"scheduled_date\": " + tomorrow))
            .path("id")
            .asText();
    String dropped =
        client
            .expect(
                201,
                client.createTopup(
                    account, "10000", invoiceFields("10000") + ", \"scheduled_date\": " + nextWeek))
            .path("id")
            .asText();
    assertLine(account, "250000", "0", "50000");

    JsonNode cancelled = client.topup(dropped, "unschedule/", OperationIds.UNSCHEDULE_TOPUP, null);
    assertEquals("cancelled", cancelled.path("status").asText());
    assertLine(account, "260000", "0", "40000");

    client.runEod();

    JsonNode page =
        client.expect(
            200,
            client.call(
                OperationIds.LIST_TOPUPS,
                "/v1/lms/topups/?status=processing&account=" + account,
                null));
    assertEquals(1, page.path("count").asInt());
    assertEquals(released, page.path("results").path(0).path("id").asText());
    assertLine(account, "260000", "0", "40000");
  }

  /** The account's line, and approved = available + used + blocked. */
  private static void assertLine(String account, String available, String used, String blocked) {
    JsonNode line = client.accountNow(account);
    BigDecimal a = line.path("available_line_amount").decimalValue();
    BigDecimal u = line.path("used_line_amount").decimalValue();
    BigDecimal b = line.path("blocked_line_amount").decimalValue();
    assertEquals(0, new BigDecimal(available).compareTo(a), "available: " + line);
    assertEquals(0, new BigDecimal(used).compareTo(u), "used: " + line);
    assertEquals(0, new BigDecimal(blocked).compareTo(b), "blocked: " + line);
    assertEquals(
        0,
        line.path("approved_line_amount").decimalValue().compareTo(a.add(u).add(b)),
        "sum: " + line);
  }
}
