package io.crego.contract.stub.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Unknown ids, unique UTRs, balances and applicability: each refusal with its code and pointer. */
class RecordRefusalsTest extends RecordsTestBase {

  private static final String NOWHERE = "0b6f3e0c-7d1a-4c55-9a0e-3f2b8c1d4e5a";

  private static void assertPointer(Exchange answer, String in, String field) {
    assertEquals(in, answer.text("/errors/0/in"), answer.text());
    assertEquals(field, answer.text("/errors/0/field"), answer.text());
  }

  @Test
  void unknownRecordIdsAre404OnThePath() {
    for (String operation :
        new String[] {
          OperationIds.GET_RECORD,
          OperationIds.REQUEST_RECORD_APPROVAL,
          OperationIds.MARK_RECORD_PROCESSED
        }) {
      Exchange answer =
          api.call(ACME, operation)
              .id(NOWHERE)
              .body(
                  operation.equals(OperationIds.MARK_RECORD_PROCESSED)
                      ? "{\"utr\": \"U1\", \"settled_at\": 1, \"collection_bank_id\": \""
                          + bank.getId()
                          + "\"}"
                      : operation.equals(OperationIds.GET_RECORD) ? null : "{}")
              .send()
              .expectError(404, "NOT_FOUND");
      assertPointer(answer, "path", "/id");
      assertEquals("No record " + NOWHERE + ".", answer.text("/message"));
    }
  }

  @Test
  void anUnknownAccountIs404AtTheBodyPointer() {
    Exchange answer =
        api.call(ACME, OperationIds.CREATE_RECORD)
            .body("{\"account_id\": \"" + NOWHERE + "\", \"received_amount\": 10, \"date\": 1}")
            .send()
            .expectError(404, "NOT_FOUND");
    assertPointer(answer, "body", "/account_id");
  }

  @Test
  void namedLoansMustExistAndBelongToTheAccount() {
    Account other = given.account();
    Loan othersLoan = given.activeLoan(other, "100");

    assertPointer(
        create(account, "10", "\"loan_ids\": [\"" + NOWHERE + "\"]").expectError(404, "NOT_FOUND"),
        "body",
        "/loan_ids/0");
    assertPointer(
        create(account, "10", "\"loan_ids\": [\"" + othersLoan.getId() + "\"]")
            .expectError(400, "VALIDATION_FAILED"),
        "body",
        "/loan_ids/0");
  }

  @Test
  void anUnknownCollectionBankIs404AndChangesNothing() {
    String id = pending("100");

    Exchange answer =
        api.call(ACME, OperationIds.MARK_RECORD_PROCESSED)
            .id(id)
            .body(
                "{\"utr\": \"U1\", \"settled_at\": 1, \"collection_bank_id\": \"" + NOWHERE + "\"}")
            .send()
            .expectError(404, "NOT_FOUND");

    assertPointer(answer, "body", "/collection_bank_id");
    assertEquals("pending", stored(id).getStatus().getValue());
  }

  @Test
  void aUtrIsUniqueAmongTheCompanysRecords() {
    String first = pending("100");
    String second = pending("200");
    markProcessed(first, "UTR-1").expect(200);

    Exchange taken = markProcessed(second, "UTR-1").expectError(409, "DUPLICATE_UTR");
    assertPointer(taken, "body", "/utr");
    assertEquals(first, taken.text("/details/record"));
    assertEquals("pending", stored(second).getStatus().getValue());

    create(account, "10", "\"utr\": \"UTR-1\"").expectError(409, "DUPLICATE_UTR");
    // another company may use the same UTR
    Given globex = new Given(store, GLOBEX);
    Account theirs = globex.account();
    api.call(GLOBEX, OperationIds.CREATE_RECORD)
        .body(
            "{\"account_id\": \""
                + theirs.getId()
                + "\", \"received_amount\": 10, \"date\": 1, \"utr\": \"UTR-1\"}")
        .send()
        .expect(201);
  }

  @Test
  void aRecordMayBeProcessedWithTheUtrItWasBookedWith() {
    String id = create(account, "100", "\"utr\": \"OWN-UTR\"").expect(201).id();

    markProcessed(id, "OWN-UTR").expect(200);
  }

  @Test
  void processingTwiceIsATransitionNotAllowed() {
    String id = pending("100");
    markProcessed(id, "UTR-2").expect(200);

    Exchange again = markProcessed(id, "UTR-3").expectError(409, "TRANSITION_NOT_ALLOWED");
    assertEquals("processed", again.text("/details/current_status"));
    assertEquals("UTR-2", stored(id).getUtr());
  }

  @Test
  void aRefundIsAtMostTheRemainingAmount() {
    String id = pending("1000");
    markProcessed(id, utr()).expect(200);

    Exchange tooMuch =
        api.call(ACME, OperationIds.INITIATE_EXCESS_PAYMENT_REFUND)
            .id(id)
            .body("{\"amount\": 1000.01}")
            .send()
            .expectError(409, "AMOUNT_EXCEEDS_BALANCE");
    assertEquals(new BigDecimal("1000.00"), tooMuch.money("/details/remaining_amount"));

    api.call(ACME, OperationIds.INITIATE_EXCESS_PAYMENT_REFUND)
        .id(id)
        .body("{\"amount\": 1000}")
        .send()
        .expect(201);
    api.call(ACME, OperationIds.INITIATE_EXCESS_PAYMENT_REFUND)
        .id(id)
        .body("{\"amount\": 0.01}")
        .send()
        .expectError(409, "AMOUNT_EXCEEDS_BALANCE");
  }

  @Test
  void aRefundToAnUnknownBankIs404() {
    String id = pending("1000");
    markProcessed(id, utr()).expect(200);

    assertPointer(
        api.call(ACME, OperationIds.INITIATE_EXCESS_PAYMENT_REFUND)
            .id(id)
            .body("{\"amount\": 1, \"credit_bank_id\": \"" + NOWHERE + "\"}")
            .send()
            .expectError(404, "NOT_FOUND"),
        "body",
        "/credit_bank_id");
  }

  @Test
  void onlyCashbackAndHoldbackRecordsAreAdjusted() {
    Loan loan = given.activeLoan(account, "1000");
    String repayment = pending("100");
    markProcessed(repayment, utr()).expect(200);

    api.call(ACME, OperationIds.INITIATE_RECORD_ADJUSTMENT)
        .id(repayment)
        .body("{\"loan_id\": \"" + loan.getId() + "\"}")
        .send()
        .expectError(409, "NOT_APPLICABLE");
  }

  @Test
  void anAdjustmentNamesALoanOfTheRecordsAccount() {
    Loan loan = given.activeLoan(account, "1000");
    Loan othersLoan = given.activeLoan(given.account(), "1000");
    String cashback =
        api.call(ACME, OperationIds.INITIATE_LOAN_ADJUSTMENT)
            .id(loan.getId())
            .body("{\"amount\": 10, \"type\": \"cashback\"}")
            .send()
            .id();

    assertPointer(
        api.call(ACME, OperationIds.INITIATE_RECORD_ADJUSTMENT)
            .id(cashback)
            .body("{\"loan_id\": \"" + NOWHERE + "\"}")
            .send()
            .expectError(404, "NOT_FOUND"),
        "body",
        "/loan_id");
    assertPointer(
        api.call(ACME, OperationIds.INITIATE_RECORD_ADJUSTMENT)
            .id(cashback)
            .body("{\"loan_id\": \"" + othersLoan.getId() + "\"}")
            .send()
            .expectError(400, "VALIDATION_FAILED"),
        "body",
        "/loan_id");
  }

  @Test
  void adjustmentsAreBookedOnActiveLoansOnly() {
    Loan closed = given.loan(account, LoanStatus.CLOSED, "0");

    assertPointer(
        api.call(ACME, OperationIds.INITIATE_LOAN_ADJUSTMENT)
            .id(NOWHERE)
            .body("{\"amount\": 1, \"type\": \"cashback\"}")
            .send()
            .expectError(404, "NOT_FOUND"),
        "path",
        "/id");
    api.call(ACME, OperationIds.INITIATE_LOAN_ADJUSTMENT)
        .id(closed.getId())
        .body("{\"amount\": 1, \"type\": \"cashback\"}")
        .send()
        .expectError(409, "NOT_APPLICABLE");
  }

  @Test
  void aNachAnswerForARecordThatIsNoNachDebitIsNotApplicable() {
    String neft = pending("100");

    Exchange answer = nachAnswer(neft, "success").expectError(409, "NOT_APPLICABLE");

    assertEquals("pending", answer.text("/details/current_status"));
    assertEquals("neft", answer.text("/details/payment_mode"));
  }

  @Test
  void anotherCompanysRecordsLoansAndBanksDoNotExistForTheCaller() {
    String ours = pending("100");
    Given globex = new Given(store, GLOBEX);
    Account theirAccount = globex.account();

    api.call(GLOBEX, OperationIds.GET_RECORD).id(ours).send().expectError(404, "NOT_FOUND");
    api.call(GLOBEX, OperationIds.MARK_RECORD_PROCESSED)
        .id(ours)
        .body(
            "{\"utr\": \"X\", \"settled_at\": 1, \"collection_bank_id\": \"" + bank.getId() + "\"}")
        .send()
        .expectError(404, "NOT_FOUND");
    // our bank is unknown to them, even for their own record
    String theirs =
        api.call(GLOBEX, OperationIds.CREATE_RECORD)
            .body(
                "{\"account_id\": \""
                    + theirAccount.getId()
                    + "\", \"received_amount\": 1, \"date\": 1}")
            .send()
            .id();
    assertPointer(
        api.call(GLOBEX, OperationIds.MARK_RECORD_PROCESSED)
            .id(theirs)
            .body(
                "{\"utr\": \"X\", \"settled_at\": 1, \"collection_bank_id\": \""
                    + bank.getId()
                    + "\"}")
            .send()
            .expectError(404, "NOT_FOUND"),
        "body",
        "/collection_bank_id");
    api.call(GLOBEX, OperationIds.CREATE_RECORD)
        .body("{\"account_id\": \"" + account.getId() + "\", \"received_amount\": 1, \"date\": 1}")
        .send()
        .expectError(404, "NOT_FOUND");
    assertEquals(
        0,
        api.call(GLOBEX, OperationIds.LIST_RECORDS)
            .query("account", account.getId())
            .send()
            .body()
            .path("count")
            .asInt());
    assertEquals(
        UUID.fromString(theirs), store.read(GLOBEX, v -> v.all(Kinds.RECORDS)).get(0).getId());
  }
}
