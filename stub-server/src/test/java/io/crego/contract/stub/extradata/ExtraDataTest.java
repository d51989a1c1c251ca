package io.crego.contract.stub.extradata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.testing.ReferenceDataTestBase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extra Data: free-form key/values merged into one entry per entity of the company. */
class ExtraDataTest extends ReferenceDataTestBase {

  private Exchange update(String company, String type, Object id, String data) {
    return api.call(company, OperationIds.UPDATE_EXTRA_DATA)
        .body(
            "{\"entity_type\": \"%s\", \"entity_id\": \"%s\", \"data\": %s}"
                .formatted(type, id, data))
        .send();
  }

  @Test
  void theFirstUpdateCreatesTheEntityEntry() {
    Exchange created =
        update(ACME, "account", account.getId(), "{\"dealer_code\": \"DL-221\", \"score\": 712.50}")
            .expect(200);

    assertEquals("account", created.text("/entity_type"));
    assertEquals(account.getId().toString(), created.text("/entity_id"));
    assertEquals("DL-221", created.text("/data/dealer_code"));
    // JSON does not tell 712.50 from 712.5: the value is kept, not its trailing zero
    assertEquals(
        0, new BigDecimal("712.50").compareTo(created.body().at("/data/score").decimalValue()));
    assertEquals(created.body().path("created_at"), created.body().path("updated_at"));
    assertEquals(1, count(ACME, Kinds.EXTRA_DATA));
  }

  @Test
  void laterUpdatesMergeAndANullRemovesAKey() {
    Loan loan = given.activeLoan(account, "1000");
    Exchange first =
        update(
                ACME,
                "loan",
                loan.getId(),
                "{\"dealer_code\": \"DL-221\", \"campaign\": \"diwali\"}")
            .expect(200);

    Exchange second =
        update(
                ACME,
                "loan",
                loan.getId(),
                "{\"campaign\": null, \"tags\": [\"vip\"], \"dealer\": {\"city\": \"Pune\"}}")
            .expect(200);

    assertEquals(first.id(), second.id());
    assertEquals("DL-221", second.text("/data/dealer_code"));
    assertFalse(second.body().path("data").has("campaign"));
    assertEquals("vip", second.text("/data/tags/0"));
    assertEquals("Pune", second.text("/data/dealer/city"));
    assertEquals(first.body().path("created_at"), second.body().path("created_at"));
    assertTrue(
        second
                .body()
                .path("updated_at")
                .decimalValue()
                .compareTo(first.body().path("updated_at").decimalValue())
            > 0);
    assertEquals(1, count(ACME, Kinds.EXTRA_DATA));
  }

  @Test
  void theEntityMustExistInTheCompanyAsTheTypeNamed() {
    Loan loan = given.activeLoan(account, "1000");

    Exchange unknown = update(ACME, "loan", NOWHERE, "{\"a\": 1}").expectError(404, "NOT_FOUND");
    assertEquals("body", unknown.text("/errors/0/in"));
    assertEquals("/entity_id", unknown.text("/errors/0/field"));
    update(ACME, "account", loan.getId(), "{\"a\": 1}").expectError(404, "NOT_FOUND");
    update(GLOBEX, "loan", loan.getId(), "{\"a\": 1}").expectError(404, "NOT_FOUND");
    update(ACME, "record", NOWHERE, "{}").expectError(404, "NOT_FOUND");
    update(ACME, "payout", NOWHERE, "{}").expectError(404, "NOT_FOUND");
    update(ACME, "topup", NOWHERE, "{}").expectError(404, "NOT_FOUND");

    assertEquals(0, count(ACME, Kinds.EXTRA_DATA));
    assertEquals(0, count(GLOBEX, Kinds.EXTRA_DATA));
  }

  @Test
  void listIsFilteredByEntityTypeAndIdNewestFirst() {
    Loan loan = given.activeLoan(account, "1000");
    String onAccount = update(ACME, "account", account.getId(), "{\"a\": 1}").expect(200).id();
    String onLoan = update(ACME, "loan", loan.getId(), "{\"b\": 2}").expect(200).id();
    update(ACME, "account", account.getId(), "{\"c\": 3}").expect(200);

    Exchange all = api.call(ACME, OperationIds.LIST_EXTRA_DATA).send().expect(200);
    assertEquals(List.of(onLoan, onAccount), each(all, "id"));

    Exchange loans =
        api.call(ACME, OperationIds.LIST_EXTRA_DATA).query("entity_type", "loan").send();
    assertEquals(List.of(onLoan), each(loans, "id"));

    Exchange byId =
        api.call(ACME, OperationIds.LIST_EXTRA_DATA)
            .query("entity_id", account.getId())
            .send()
            .expect(200);
    assertEquals(List.of(onAccount), each(byId, "id"));
    assertEquals("1", byId.text("/results/0/data/a"));
    assertEquals("3", byId.text("/results/0/data/c"));

    Exchange paged =
        api.call(ACME, OperationIds.LIST_EXTRA_DATA).query("page", 2).query("page_size", 1).send();
    assertEquals(2, paged.body().path("count").asInt());
    assertEquals(List.of(onAccount), each(paged, "id"));

    assertEquals(
        0,
        api.call(GLOBEX, OperationIds.LIST_EXTRA_DATA)
            .send()
            .expect(200)
            .body()
            .path("count")
            .asInt());
  }
}
