package io.crego.contract.stub.topups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.testing.FakeLoanBook.PayoutChange;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A topup after its creation: edits, checks re-run, its payout's outcome, the EOD. */
class TopupFlowTest extends MoneyOutTestBase {

  private Account line;

  @BeforeEach
  void givenACreditLine() {
    line = book.creditLine("100000");
  }

  @Test
  void anInvoiceParsedThenTheChecksRunAgainDisburseTheTopup() {
    String id = checksFailedTopup(line, "30000").id();

    Exchange parsed =
        api.call(ACME, OperationIds.PARSE_TOPUP_INVOICE)
            .id(id)
            .body("{\"invoice_url\": \"https://files.example.com/invoices/INV-2024-0042.pdf\"}")
            .send()
            .expect(200);
    assertEquals("checks_failed", parsed.text("/status"));
    assertEquals("INV-2024-0042", parsed.text("/invoice_number"));
    assertEquals(parsed.money("/amount"), parsed.money("/invoice_amount"));
    assertEquals(1718562600L, parsed.body().path("invoice_date").asLong());
    book.assertLine(line, "70000", "0", "30000");

    Exchange rerun = api.call(ACME, OperationIds.RE_RUN_TOPUP_CHECKS).id(id).send().expect(200);

    assertEquals("processing", rerun.text("/status"));
    assertEquals("passed", rerun.text("/checks/2/status"));
    book.assertLine(line, "70000", "0", "30000");

    bankAnswers(rerun.text("/payout"), "processed");
    assertEquals(TopupStatus.DISBURSED, storedTopup(id).getStatus());
    book.assertLine(line, "70000", "30000", "0");
  }

  @Test
  void checksThatStillFailKeepTheTopupWaiting() {
    String id = checksFailedTopup(line, "30000").id();

    Exchange rerun = api.call(ACME, OperationIds.RE_RUN_TOPUP_CHECKS).id(id).send().expect(200);

    assertEquals("checks_failed", rerun.text("/status"));
    book.assertLine(line, "70000", "0", "30000");
  }

  @Test
  void anUpdateMovesTheBlockByTheDifference() {
    String id = checksFailedTopup(line, "30000").id();

    api.call(ACME, OperationIds.UPDATE_TOPUP).id(id).body("{\"amount\": 45000}").send().expect(200);
    book.assertLine(line, "55000", "0", "45000");
    api.call(ACME, OperationIds.UPDATE_TOPUP)
        .id(id)
        .body("{\"amount\": 20000, \"invoice_number\": \"INV-1\", \"invoice_amount\": 20000}")
        .send()
        .expect(200);
    book.assertLine(line, "80000", "0", "20000");
    Exchange over =
        api.call(ACME, OperationIds.UPDATE_TOPUP)
            .id(id)
            .body("{\"amount\": 100000.01}")
            .send()
            .expectError(409, "LIMIT_EXCEEDED");

    assertEquals("/amount", over.text("/errors/0/field"));
    book.assertLine(line, "80000", "0", "20000");
    assertEquals("INV-1", storedTopup(id).getInvoiceNumber());
    assertEquals(TopupStatus.CHECKS_FAILED, storedTopup(id).getStatus());
  }

  @Test
  void aScheduledTopupKeepsAFutureDate() {
    String id = scheduledTopup(line, "1000").id();

    api.call(ACME, OperationIds.UPDATE_TOPUP)
        .id(id)
        .body("{\"scheduled_date\": 1719253800}")
        .send()
        .expect(200);
    Exchange past =
        api.call(ACME, OperationIds.UPDATE_TOPUP)
            .id(id)
            .body("{\"scheduled_date\": 1718600000}")
            .send()
            .expectError(400, "VALIDATION_FAILED");

    assertEquals("/scheduled_date", past.text("/errors/0/field"));
    assertEquals(1719253800L, storedTopup(id).getScheduledDate().longValue());
  }

  @Test
  void aTopupWhoseChecksFailedIsNotRescheduled() {
    String id = checksFailedTopup(line, "1000").id();

    api.call(ACME, OperationIds.UPDATE_TOPUP)
        .id(id)
        .body("{\"scheduled_date\": 1719253800}")
        .send()
        .expectError(400, "VALIDATION_FAILED");
  }

  @Test
  void anUnscheduledTopupReleasesItsAmount() {
    String id = scheduledTopup(line, "25000").id();

    Exchange cancelled = api.call(ACME, OperationIds.UNSCHEDULE_TOPUP).id(id).send().expect(200);

    assertEquals("cancelled", cancelled.text("/status"));
    book.assertLine(line, "100000", "0", "0");
  }

  @Test
  void aTopupWhoseChecksFailedCanBeGivenUpAndReleasesItsAmount() {
    String id = checksFailedTopup(line, "25000").id();
    book.assertLine(line, "75000", "0", "25000");

    Exchange cancelled = api.call(ACME, OperationIds.UNSCHEDULE_TOPUP).id(id).send().expect(200);

    assertEquals("cancelled", cancelled.text("/status"));
    book.assertLine(line, "100000", "0", "0");
  }

  @Test
  void aFailedPayoutFailsTheTopupAndAReinitiatedOneDisbursesIt() {
    Exchange topup = processingTopup(line, "40000");
    String first = topup.text("/payout");
    bankAnswers(first, "failed");
    assertEquals(TopupStatus.PAYOUT_FAILED, storedTopup(topup.id()).getStatus());
    book.assertLine(line, "60000", "0", "40000"); // the failed loan keeps its block

    Exchange again =
        api.call(ACME, OperationIds.REINITIATE_TOPUP_PAYOUT).id(topup.id()).send().expect(200);

    assertEquals("processing", again.text("/status"));
    String second = again.text("/payout");
    assertNotEquals(first, second);
    Payout fresh = storedPayout(second);
    assertEquals(PayoutStatus.REQUESTED, fresh.getStatus());
    assertEquals(1, fresh.getIndex());
    assertEquals(storedPayout(first).getAmount(), fresh.getAmount());
    assertEquals(topup.text("/loan"), fresh.getLoan().toString());
    assertEquals(PayoutStatus.FAILED, storedPayout(first).getStatus());
    PayoutChange last = loans.changes().get(loans.changes().size() - 1);
    assertEquals(
        new PayoutChange(
            fresh.getId(),
            PayoutStatus.FAILED,
            PayoutStatus.REQUESTED,
            OperationIds.REINITIATE_TOPUP_PAYOUT),
        last);
    assertEquals(LoanStatus.REQUESTED, loanOf(topup).getStatus());
    book.assertLine(line, "60000", "0", "40000");

    bankAnswers(second, "processed");
    assertEquals(TopupStatus.DISBURSED, storedTopup(topup.id()).getStatus());
    book.assertLine(line, "60000", "40000", "0");
  }

  @Test
  void aRejectedPayoutFailsTheTopup() {
    Exchange topup = processingTopup(line, "40000");

    bankAnswers(topup.text("/payout"), "rejected");

    assertEquals(TopupStatus.PAYOUT_FAILED, storedTopup(topup.id()).getStatus());
    book.assertLine(line, "100000", "0", "0");
    Exchange refused =
        api.call(ACME, OperationIds.REINITIATE_TOPUP_PAYOUT)
            .id(topup.id())
            .send()
            .expectError(409, "NOT_APPLICABLE");
    assertEquals("rejected", refused.text("/details/payout_status"));
    assertEquals(TopupStatus.PAYOUT_FAILED, storedTopup(topup.id()).getStatus());
  }

  @Test
  void aTopupsPayoutIsSentAgainOnlyByReinitiation() {
    Exchange topup = processingTopup(line, "40000");
    String payout = topup.text("/payout");
    bankAnswers(payout, "failed");

    Exchange refused = retry(payout).expectError(409, "NOT_APPLICABLE");

    assertEquals("failed", refused.text("/details/current_status"));
    assertEquals(PayoutStatus.FAILED, storedPayout(payout).getStatus());
  }

  @Test
  void theEndOfDayReleasesTopupsWhoseDayHasCome() {
    String due = scheduledTopup(line, "10000").id();
    String later =
        createTopup(line, "5000", invoiceFor("5000") + ", \"scheduled_date\": 1719253800")
            .expect(201)
            .id();
    String withoutInvoice =
        createTopup(line, "2000", "\"scheduled_date\": 1719167400").expect(201).id();

    endOfDay(java.time.LocalDate.of(2024, 6, 24));

    assertEquals(TopupStatus.PROCESSING, storedTopup(due).getStatus());
    assertTrue(storedTopup(due).getPayout() != null);
    assertEquals(TopupStatus.SCHEDULED, storedTopup(later).getStatus());
    assertEquals(TopupStatus.CHECKS_FAILED, storedTopup(withoutInvoice).getStatus());
    book.assertLine(line, "83000", "0", "17000");
  }

  @Test
  void aTopupWhoseLoanCannotBeBookedWaitsForTheNextEndOfDay() {
    String due = scheduledTopup(line, "10000").id();
    loans.refuseBookings();

    endOfDay(java.time.LocalDate.of(2024, 6, 24));

    assertEquals(TopupStatus.SCHEDULED, storedTopup(due).getStatus());
    book.assertLine(line, "90000", "0", "10000");
  }

  @Test
  void topupsAreListedNewestFirstAndFiltered() {
    Account other = book.creditLine("1000");
    String a = processingTopup(line, "100").id();
    String b = checksFailedTopup(line, "100").id();
    String c = checksFailedTopup(other, "100").id();

    assertEquals(List.of(c, b, a), ids(api.call(ACME, OperationIds.LIST_TOPUPS).send()));
    assertEquals(
        List.of(c, b),
        ids(api.call(ACME, OperationIds.LIST_TOPUPS).query("status", "checks_failed").send()));
    assertEquals(
        List.of(b, a),
        ids(api.call(ACME, OperationIds.LIST_TOPUPS).query("account", line.getId()).send()));
    assertEquals(
        List.of(a),
        ids(
            api.call(ACME, OperationIds.LIST_TOPUPS)
                .query("page", 3)
                .query("page_size", 1)
                .send()));
  }

  private void endOfDay(java.time.LocalDate newDate) {
    loans.businessDate(newDate);
    store.write(
        ACME,
        tx -> {
          topups.scheduledTopups().run(tx, newDate, api.now());
          return null;
        });
    book.assertEveryLineHolds();
  }

  private io.crego.contract.spec.model.Loan loanOf(Exchange topup) {
    return store.read(ACME, view -> view.get(Kinds.LOANS, topup.text("/loan"))).orElseThrow();
  }

  private static List<String> ids(Exchange page) {
    return page.expect(200).body().path("results").findValuesAsText("id");
  }
}
