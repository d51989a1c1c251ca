package io.crego.contract.stub.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import org.junit.jupiter.api.Test;

/** Bulk Create Records and Bulk Nach Request: a bad item fails alone. */
class BulkOperationsTest extends RecordsTestBase {

  private static final String NOWHERE = "0b6f3e0c-7d1a-4c55-9a0e-3f2b8c1d4e5a";

  @Test
  void badItemsFailAloneAndTheOthersAreCreated() {
    markProcessed(pending("5"), "TAKEN").expect(200);
    String item = "{\"account_id\": \"%s\", \"received_amount\": %s, \"date\": 1718610125%s}";
    String body =
        "{\"records\": ["
            + String.format(item, account.getId(), "100", "")
            + ","
            + String.format(item, NOWHERE, "200", "")
            + ","
            + String.format(item, account.getId(), "300", ", \"utr\": \"TAKEN\"")
            + ","
            + String.format(item, account.getId(), "400", ", \"utr\": \"NEW-1\"")
            + ","
            + String.format(item, account.getId(), "500", ", \"utr\": \"NEW-1\"")
            + ","
            + String.format(item, account.getId(), "600", ", \"loan_ids\": [\"" + NOWHERE + "\"]")
            + "]}";

    Exchange result =
        api.call(ACME, OperationIds.BULK_CREATE_RECORDS).body(body).send().expect(200);

    JsonNode results = result.body().path("results");
    assertEquals(2, result.body().path("created").asInt());
    assertEquals(4, result.body().path("failed").asInt());
    assertEquals("created", results.path(0).path("status").asText());
    assertEquals("/account_id", results.path(1).at("/errors/0/field").asText());
    assertEquals("/utr", results.path(2).at("/errors/0/field").asText());
    assertEquals("created", results.path(3).path("status").asText());
    assertEquals("/utr", results.path(4).at("/errors/0/field").asText()); // taken by item 3
    assertEquals("/loan_ids/0", results.path(5).at("/errors/0/field").asText());
    for (int i = 0; i < 6; i++) {
      assertEquals(i, results.path(i).path("index").asInt());
    }
    assertEquals(3, store.read(ACME, view -> view.count(Kinds.RECORDS)).intValue());
    // failed items took no record numbers
    assertEquals(3, stored(results.path(3).path("id").asText()).getIndex());
  }

  @Test
  void nachDebitsArePresentedForActiveLoansThatOweSomethingOnly() {
    Loan active = given.activeLoan(account, "34002.50");
    Loan closed = given.loan(account, LoanStatus.CLOSED, "0");
    Loan paidUp = given.activeLoan(account, "0");

    Exchange result =
        api.call(ACME, OperationIds.BULK_NACH_REQUEST)
            .body(
                "{\"loan_ids\": [\"%s\", \"%s\", \"%s\", \"%s\", \"%s\"]}"
                    .formatted(
                        active.getId(), NOWHERE, closed.getId(), paidUp.getId(), active.getId()))
            .send()
            .expect(200);

    JsonNode results = result.body().path("results");
    assertEquals(1, result.body().path("created").asInt());
    assertEquals(4, result.body().path("failed").asInt());
    assertEquals("no such loan", results.path(1).at("/errors/0/message").asText());
    assertEquals(
        "the loan is closed, not active", results.path(2).at("/errors/0/message").asText());
    assertEquals("the loan has nothing due", results.path(3).at("/errors/0/message").asText());
    assertEquals(
        "a NACH debit of this loan is already pending",
        results.path(4).at("/errors/0/message").asText());
    assertEquals(
        "34002.50", stored(results.path(0).path("id").asText()).getAmount().toPlainString());
  }
}
