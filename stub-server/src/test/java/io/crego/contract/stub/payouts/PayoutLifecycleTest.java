package io.crego.contract.stub.payouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.testing.FakeLoanBook.PayoutChange;
import io.crego.contract.stub.topups.MoneyOutTestBase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A payout from booking to the bank's answer, and the refusals on the way. */
class PayoutLifecycleTest extends MoneyOutTestBase {

  private Account account;
  private Bank bank;

  @BeforeEach
  void givenAnAccount() {
    account = book.creditLine("500000");
    bank = book.bank();
  }

  @Test
  void aNewPayoutIsRequested() {
    Exchange created =
        createPayout(
                account,
                "2500.5",
                "\"method\": \"imps\", \"payment_reference_no\": \"PRN-1\", \"credit_bank_id\": \""
                    + bank.getId()
                    + "\"")
            .expect(201);

    assertEquals("requested", created.text("/status"));
    assertEquals(new BigDecimal("2500.50"), created.money("/amount"));
    assertEquals("imps", created.text("/method"));
    assertEquals("borrower", created.text("/payout_to"));
    assertEquals(1, created.body().path("index").asInt());
    assertTrue(created.text("/ref_id").matches("PAY\\d{7}"), created.text("/ref_id"));
    assertEquals(bank.getId().toString(), created.text("/credit_bank/id"));
    assertFalse(created.body().path("is_downloaded").asBoolean());
    assertTrue(created.body().path("utr").isNull());
  }

  @Test
  void aPaymentReferenceIsUniqueInTheCompany() {
    createPayout(account, "100", "\"payment_reference_no\": \"PRN-7\"").expect(201);

    createPayout(account, "200", "\"payment_reference_no\": \"PRN-7\"")
        .expectError(409, "DUPLICATE_REFERENCE");
    assertEquals(1, api.call(ACME, OperationIds.LIST_PAYOUTS).send().body().path("count").asInt());
  }

  @Test
  void unknownReferencesAreNotFoundWithPointers() {
    Account elsewhere = new io.crego.contract.stub.topups.Book(store, GLOBEX).creditLine("1000");
    assertPointer(createPayout(elsewhere, "100", "").expectError(404, "NOT_FOUND"), "/account_id");
    assertPointer(
        createPayout(account, "100", "\"loan_id\": \"" + bank.getId() + "\"")
            .expectError(404, "NOT_FOUND"),
        "/loan_id");
    assertPointer(
        createPayout(account, "100", "\"credit_bank_id\": \"" + account.getId() + "\"")
            .expectError(404, "NOT_FOUND"),
        "/credit_bank_id");
  }

  @Test
  void aLoanOfAnotherAccountIsRefused() {
    Account other = book.creditLine("1000");
    String loan = book.activeLoan(other).getId().toString();

    assertPointer(
        createPayout(account, "100", "\"loan_id\": \"" + loan + "\"")
            .expectError(400, "VALIDATION_FAILED"),
        "/loan_id");
  }

  @Test
  void theBankFileHoldsEveryPayoutAndEachIsSentToTheBank() {
    String first =
        createPayout(
                account,
                "100",
                "\"credit_bank_id\": \"" + bank.getId() + "\", \"payment_reference_no\": \"A,1\"")
            .expect(201)
            .id();
    String second = createPayout(account, "250.75", "").expect(201).id();
    Bank debit = book.bank();

    Exchange file =
        api.call(ACME, OperationIds.EXPORT_PAYOUTS_FOR_BANK)
            .body(
                "{\"payout_ids\": [\""
                    + first
                    + "\", \""
                    + second
                    + "\"], \"debit_bank_id\": \""
                    + debit.getId()
                    + "\"}")
            .send()
            .expect(200);

    assertEquals(2, file.body().path("count").asInt());
    assertEquals("payouts-20240617.csv", file.text("/file_name"));
    List<String> lines = file.text("/content").lines().toList();
    assertEquals(3, lines.size(), file.text("/content"));
    assertTrue(lines.get(0).startsWith("ref_id,payout_id,type,amount,method"), lines.get(0));
    assertTrue(lines.get(1).contains(first) && lines.get(1).contains(bank.getIfsc()), lines.get(1));
    assertTrue(lines.get(1).endsWith(",\"A,1\""), "quoted reference: " + lines.get(1));
    assertTrue(lines.get(2).contains(second) && lines.get(2).contains(",250.75,"), lines.get(2));
    for (String id : List.of(first, second)) {
      Payout sent = storedPayout(id);
      assertEquals(PayoutStatus.SEND_TO_BANK, sent.getStatus());
      assertTrue(sent.getIsDownloaded());
      assertEquals(debit.getId(), sent.getDebitBank().getId());
    }
  }

  @Test
  void theExportIsAllOrNothing() {
    String requested = createPayout(account, "100", "").expect(201).id();
    String sent = createPayout(account, "200", "").expect(201).id();
    export(sent).expect(200);
    String before = Json.write(storedPayout(requested));

    Exchange refused = export(requested, sent).expectError(409, "TRANSITION_NOT_ALLOWED");

    assertEquals(sent, refused.text("/details/payout"));
    assertEquals("send_to_bank", refused.text("/details/current_status"));
    assertPointer(refused, "/payout_ids/1");
    assertEquals(before, Json.write(storedPayout(requested)), "the requested payout changed");
  }

  @Test
  void anUnknownPayoutInTheExportIsNotFound() {
    String requested = createPayout(account, "100", "").expect(201).id();

    assertPointer(
        export(requested, account.getId().toString()).expectError(404, "NOT_FOUND"),
        "/payout_ids/1");
    assertEquals(PayoutStatus.REQUESTED, storedPayout(requested).getStatus());
  }

  @Test
  void aProcessedPayoutHasItsUtrAndDates() {
    String id = createPayout(account, "100", "").expect(201).id();
    export(id).expect(200);
    assertEquals("processing", process(id).expect(200).text("/status"));

    Exchange paid =
        callback(id, "processed", ", \"utr\": \"AXISN1\", \"processed_at\": 1718620000")
            .expect(200);

    assertEquals("processed", paid.text("/status"));
    assertEquals("AXISN1", paid.text("/utr"));
    assertEquals(1718620000L, paid.body().path("processed_at").asLong());
    assertEquals(1718620000L, paid.body().path("bank_date").asLong());
    List<String> operations = loans.changes().stream().map(PayoutChange::operationId).toList();
    assertEquals(
        List.of(
            OperationIds.EXPORT_PAYOUTS_FOR_BANK,
            OperationIds.PROCESS_PAYOUT,
            OperationIds.PAYOUT_CALLBACK),
        operations);
    assertEquals(
        new PayoutChange(
            storedPayout(id).getId(),
            PayoutStatus.PROCESSING,
            PayoutStatus.PROCESSED,
            OperationIds.PAYOUT_CALLBACK),
        loans.changes().get(2));
  }

  @Test
  void processedAtDefaultsToTheBusinessDate() {
    loans.businessDate(java.time.LocalDate.of(2024, 7, 1));
    String id = createPayout(account, "100", "").expect(201).id();
    export(id).expect(200);
    process(id).expect(200);

    Exchange paid = callback(id, "processed").expect(200);

    assertEquals(
        java.time.LocalDate.of(2024, 7, 1),
        io.crego.contract.stub.lending.BusinessCalendar.dayOf(
            paid.body().path("processed_at").decimalValue()));
  }

  @Test
  void aProcessedPayoutNeedsAUtrThatNoOtherPayoutHas() {
    String first = createPayout(account, "100", "").expect(201).id();
    String second = createPayout(account, "100", "").expect(201).id();
    export(first, second).expect(200);
    process(first).expect(200);
    process(second).expect(200);

    assertPointer(callback(first, "processed", "").expectError(400, "VALIDATION_FAILED"), "/utr");
    callback(first, "processed", ", \"utr\": \"UTR-SAME\"").expect(200);
    Exchange duplicate =
        callback(second, "processed", ", \"utr\": \"UTR-SAME\"").expectError(409, "DUPLICATE_UTR");

    assertPointer(duplicate, "/utr");
    assertEquals(PayoutStatus.PROCESSING, storedPayout(second).getStatus());
  }

  @Test
  void aFailedOrRejectedPayoutNeedsAReason() {
    String id = createPayout(account, "100", "").expect(201).id();
    export(id).expect(200);

    assertPointer(
        callback(id, "failed", "").expectError(400, "VALIDATION_FAILED"), "/failed_remark");
    assertPointer(
        callback(id, "rejected", "").expectError(400, "VALIDATION_FAILED"), "/failed_remark");
    Exchange rejected = callback(id, "rejected").expect(200);

    assertEquals("rejected", rejected.text("/status"));
    assertEquals("Beneficiary account closed", rejected.text("/failed_remark"));
  }

  @Test
  void aFailedPayoutIsRetriedAsTheNextAttempt() {
    String id = createPayout(account, "100", "").expect(201).id();
    export(id).expect(200);
    Exchange failed = callback(id, "failed").expect(200);
    assertEquals("failed", failed.text("/status"));

    Exchange retried = retry(id).expect(200);

    assertEquals("requested", retried.text("/status"));
    assertTrue(retried.body().path("failed_remark").isNull());
    assertEquals(2, retried.body().path("index").asInt());
    assertFalse(retried.body().path("is_downloaded").asBoolean());
    PayoutChange last = loans.changes().get(loans.changes().size() - 1);
    assertEquals(
        new PayoutChange(
            storedPayout(id).getId(),
            PayoutStatus.FAILED,
            PayoutStatus.REQUESTED,
            OperationIds.RETRY_PAYOUT),
        last);
    bankAnswers(id, "processed");
    assertEquals(PayoutStatus.PROCESSED, storedPayout(id).getStatus());
  }

  @Test
  void aProcessedPayoutCanBeRevertedByTheBank() {
    String id = createPayout(account, "100", "").expect(201).id();
    bankAnswers(id, "processed");

    assertEquals("reverting", callback(id, "reverting").expect(200).text("/status"));
    Exchange reverted = callback(id, "reverted").expect(200);

    assertEquals("reverted", reverted.text("/status"));
    assertEquals(storedPayout(id).getUtr(), reverted.text("/utr"));
  }

  @Test
  void anUnknownPayoutIsNotFound() {
    assertPointer(process(account.getId().toString()).expectError(404, "NOT_FOUND"), "/id");
    assertPointer(retry(account.getId().toString()).expectError(404, "NOT_FOUND"), "/id");
    assertPointer(
        callback(account.getId().toString(), "processed").expectError(404, "NOT_FOUND"),
        "/payout_id");
  }

  @Test
  void anotherCompanysPayoutIsNotFound() {
    String id = createPayout(account, "100", "").expect(201).id();

    api.call(GLOBEX, OperationIds.PROCESS_PAYOUT).id(id).send().expectError(404, "NOT_FOUND");
    assertEquals(
        0, api.call(GLOBEX, OperationIds.LIST_PAYOUTS).send().body().path("count").asInt());
  }

  private static void assertPointer(Exchange refusal, String pointer) {
    assertEquals(pointer, refusal.text("/errors/0/field"), refusal.body().toString());
  }
}
