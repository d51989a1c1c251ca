package io.crego.contract.stub.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each path through the Record lifecycle, from creation to its last state. */
class RecordLifecycleTest extends RecordsTestBase {

  /** Optional fields that are null are left out; required ones are written as null. */
  private static boolean absent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }

  @Test
  void aRepaymentIsBookedSentForApprovalProcessedAndPartlyRefunded() {
    Exchange created = create(account, "200000", "\"payment_mode\": \"neft\", \"tds_amount\": 500");
    created.expect(201);
    JsonNode record = created.body();
    String id = created.id();
    assertEquals("pending", record.path("status").asText());
    assertEquals(new BigDecimal("200500.00"), created.money("/amount"));
    assertTrue(created.text().contains("\"amount\":200500.00,"), created.text());
    assertEquals(record.path("amount"), record.path("remaining_amount"));
    assertTrue(record.path("ref_id").asText().matches("REC[0-9A-Z]{5}"));
    assertEquals(1, record.path("index").asInt());
    assertTrue(record.path("utr").isNull());
    assertTrue(record.path("collection_bank").isNull());
    assertEquals(record.path("created_at"), record.path("updated_at"));

    Exchange approval =
        api.call(ACME, OperationIds.REQUEST_RECORD_APPROVAL)
            .id(id)
            .body("{\"remark\": \"Please verify against the bank statement\"}")
            .send()
            .expect(200);
    assertEquals("approval_requested", approval.text("/status"));
    assertEquals("Please verify against the bank statement", approval.text("/remark"));

    Exchange processed = markProcessed(id, "123798123").expect(200);
    JsonNode done = processed.body();
    assertEquals("processed", done.path("status").asText());
    assertTrue(done.path("is_processed").asBoolean());
    assertEquals("123798123", done.path("utr").asText());
    assertEquals(1718649000L, done.path("settled_at").asLong());
    assertEquals(1718649000L, done.path("bank_date").asLong());
    assertEquals(bank.getId().toString(), done.at("/collection_bank/id").asText());
    assertEquals("HDFC0001234", done.at("/collection_bank/ifsc").asText());
    assertEquals(record.path("created_at"), done.path("created_at"));
    assertTrue(
        done.path("updated_at")
                .decimalValue()
                .compareTo(approval.body().path("updated_at").decimalValue())
            > 0);

    Exchange refund =
        api.call(ACME, OperationIds.INITIATE_EXCESS_PAYMENT_REFUND)
            .id(id)
            .body("{\"amount\": 1500.5, \"remark\": \"Excess paid by borrower\"}")
            .send()
            .expect(201);
    assertEquals("excess_payment_refund", refund.text("/type"));
    assertEquals("requested", refund.text("/status"));
    assertEquals(id, refund.text("/record"));
    assertEquals(account.getId().toString(), refund.text("/account"));
    assertEquals("PAY0000001", refund.text("/ref_id"));
    Record after = stored(id);
    assertEquals(new BigDecimal("198999.50"), after.getRemainingAmount());
    assertEquals(RecordStatus.PROCESSED, after.getStatus());
    assertEquals(1, store.read(ACME, view -> view.count(Kinds.PAYOUTS)).intValue());

    JsonNode fetched =
        api.call(ACME, OperationIds.GET_RECORD)
            .id(id)
            .query("expand", "collection_bank")
            .send()
            .expect(200)
            .body();
    assertEquals(
        0, new BigDecimal("198999.50").compareTo(fetched.path("remaining_amount").decimalValue()));
    assertEquals(bank.getAccountNo(), fetched.at("/collection_bank/account_no").asText());
  }

  @Test
  void aNachDebitIsPresentedAndSucceeds() {
    Loan loan = given.activeLoan(account, "34002");

    Exchange bulk =
        api.call(ACME, OperationIds.BULK_NACH_REQUEST)
            .body("{\"loan_ids\": [\"" + loan.getId() + "\"]}")
            .send()
            .expect(200);
    assertEquals(1, bulk.body().path("created").asInt());
    String id = bulk.text("/results/0/id");
    Record debit = stored(id);
    assertEquals(RecordStatus.PENDING, debit.getStatus());
    assertEquals("nach", debit.getPaymentMode());
    assertEquals(new BigDecimal("34002.00"), debit.getAmount());
    assertEquals(account.getId(), debit.getAccount());
    assertEquals(java.util.List.of(loan.getId()), debit.getLoans());

    Exchange success =
        api.call(ACME, OperationIds.UPDATE_NACH_PRESENTATION_STATUS)
            .id(id)
            .body(
                "{\"status\": \"success\", \"utr\": \"NACH0000123456\", \"settled_at\": 1718649000}")
            .send()
            .expect(200);
    assertEquals("processed", success.text("/status"));
    assertEquals("NACH0000123456", success.text("/utr"));
    assertTrue(success.body().path("is_processed").asBoolean());
    assertEquals(1718649000L, success.body().path("settled_at").asLong());
  }

  @Test
  void aNachSuccessWithoutUtrGetsOneAndTheBusinessDate() {
    Loan loan = given.activeLoan(account, "1000");
    String id =
        api.call(ACME, OperationIds.BULK_NACH_REQUEST)
            .body("{\"loan_ids\": [\"" + loan.getId() + "\"]}")
            .send()
            .text("/results/0/id");
    double now = api.now();

    Exchange success =
        api.call(ACME, OperationIds.UPDATE_NACH_PRESENTATION_STATUS)
            .id(id)
            .body("{\"status\": \"success\"}")
            .send();

    assertTrue(success.text("/utr").matches("NACH\\d{12}"), success.text("/utr"));
    assertEquals(now, success.body().path("settled_at").asDouble(), 0.000001);
  }

  @Test
  void aNachDebitThatBouncesEndsBounced() {
    Loan loan = given.activeLoan(account, "34002");
    String id =
        api.call(ACME, OperationIds.BULK_NACH_REQUEST)
            .body("{\"loan_ids\": [\"" + loan.getId() + "\"]}")
            .send()
            .text("/results/0/id");

    Exchange bounced = nachAnswer(id, "bounced").expect(200);

    assertEquals("bounced", bounced.text("/status"));
    assertEquals("Insufficient funds", bounced.text("/remark"));
    assertTrue(bounced.body().path("utr").isNull()); // required: written as null
    assertTrue(!bounced.body().path("is_processed").asBoolean());
  }

  @Test
  void aCashbackIsBookedOnALoanThenAppliedToIt() {
    Loan loan = given.dueLoan(account, "1000", BUSINESS_DATE);

    Exchange booked =
        api.call(ACME, OperationIds.INITIATE_LOAN_ADJUSTMENT)
            .id(loan.getId())
            .body("{\"amount\": 250.75, \"type\": \"cashback\"}")
            .send()
            .expect(201);
    assertEquals("cashback", booked.text("/type"));
    assertEquals("processed", booked.text("/status"));
    assertEquals(new BigDecimal("250.75"), booked.money("/remaining_amount"));
    assertEquals(account.getId().toString(), booked.text("/account"));
    assertTrue(!booked.body().path("settled_at").isNull());

    Exchange applied =
        api.call(ACME, OperationIds.INITIATE_RECORD_ADJUSTMENT)
            .id(booked.id())
            .body("{\"loan_id\": \"" + loan.getId() + "\", \"amount\": 50.25}")
            .send()
            .expect(200);
    assertEquals(new BigDecimal("200.50"), applied.money("/remaining_amount"));
    assertEquals(loan.getId().toString(), applied.text("/cashback_loan"));
    assertTrue(absent(applied.body().path("holdback_loan")));
    assertEquals(new BigDecimal("949.75"), given.storedLoan(loan.getId()).getTotalOutstanding());

    // the rest, by default the whole remaining amount
    api.call(ACME, OperationIds.INITIATE_RECORD_ADJUSTMENT)
        .id(booked.id())
        .body("{\"loan_id\": \"" + loan.getId() + "\"}")
        .send()
        .expect(200);
    assertEquals(new BigDecimal("0.00"), stored(booked.id()).getRemainingAmount());
    assertEquals(new BigDecimal("749.25"), given.storedLoan(loan.getId()).getTotalOutstanding());

    api.call(ACME, OperationIds.INITIATE_RECORD_ADJUSTMENT)
        .id(booked.id())
        .body("{\"loan_id\": \"" + loan.getId() + "\"}")
        .send()
        .expectError(409, "AMOUNT_EXCEEDS_BALANCE");
  }

  @Test
  void aHoldbackThatCoversTheWholeOutstandingClosesTheLoan() {
    Loan loan = given.dueLoan(account, "300", BUSINESS_DATE);
    String holdback =
        api.call(ACME, OperationIds.INITIATE_LOAN_ADJUSTMENT)
            .id(loan.getId())
            .body("{\"amount\": 500, \"type\": \"holdback\"}")
            .send()
            .id();

    Exchange applied =
        api.call(ACME, OperationIds.INITIATE_RECORD_ADJUSTMENT)
            .id(holdback)
            .body("{\"loan_id\": \"" + loan.getId() + "\"}")
            .send()
            .expect(200);

    assertEquals(new BigDecimal("200.00"), applied.money("/remaining_amount"));
    assertEquals(loan.getId().toString(), applied.text("/holdback_loan"));
    Loan closed = given.storedLoan(loan.getId());
    assertEquals(LoanStatus.CLOSED, closed.getStatus());
    assertEquals(new BigDecimal("0.00"), closed.getTotalOutstanding());
    assertTrue(closed.getClosedAt() != null);
    // a closed loan takes no more: the Loan lifecycle has initiateRecordAdjustment from active only
    api.call(ACME, OperationIds.INITIATE_RECORD_ADJUSTMENT)
        .id(holdback)
        .body("{\"loan_id\": \"" + loan.getId() + "\"}")
        .send()
        .expectError(409, "TRANSITION_NOT_ALLOWED");
  }

  @Test
  void updatedAtMovesOnEveryChangeAndCreatedAtNever() {
    String id = pending("100");
    Record first = stored(id);

    api.call(ACME, OperationIds.REQUEST_RECORD_APPROVAL).id(id).send().expect(200);
    Record second = stored(id);
    markProcessed(id, utr()).expect(200);
    Record third = stored(id);

    assertEquals(first.getCreatedAt(), third.getCreatedAt());
    assertTrue(second.getUpdatedAt().compareTo(first.getUpdatedAt()) > 0);
    assertTrue(third.getUpdatedAt().compareTo(second.getUpdatedAt()) > 0);
  }
}
