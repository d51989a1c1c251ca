package io.crego.contract.stub.linedetails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.testing.ReferenceDataTestBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line Details: grants, reads, partial updates, listings and bulk internal lines. */
class LineDetailsTest extends ReferenceDataTestBase {

  private Exchange create(String company, Object accountId, String type, String extra) {
    return api.call(company, OperationIds.CREATE_LINE_DETAIL)
        .body(
            "{\"account_id\": \"%s\", \"type\": \"%s\", \"approved_line_amount\": 500000%s}"
                .formatted(accountId, type, extra.isEmpty() ? "" : ", " + extra))
        .send();
  }

  private String line(Object accountId, String type) {
    return create(ACME, accountId, type, "").expect(201).id();
  }

  @Test
  void aLineIsGrantedActiveFromTheStartOfTheBusinessDay() {
    Exchange created =
        create(ACME, account.getId(), "regular", "\"remark\": \"sanctioned\"").expect(201);

    assertEquals(account.getId().toString(), created.text("/account"));
    assertEquals("regular", created.text("/type"));
    assertEquals("active", created.text("/status"));
    assertEquals(new BigDecimal("500000.00"), created.money("/approved_line_amount"));
    assertEquals(BusinessCalendar.dayStart(TODAY), created.body().path("start_date").asLong());
    assertTrue(created.body().path("end_date").isNull());
    assertEquals("sanctioned", created.text("/remark"));
    assertEquals(created.body().path("created_at"), created.body().path("updated_at"));
    assertEquals(1, count(ACME, Kinds.LINE_DETAILS));
  }

  @Test
  void datesGivenAreKeptAndALineMayNotEndBeforeItStarts() {
    Exchange dated =
        create(
                ACME,
                account.getId(),
                "adhoc",
                "\"start_date\": 1718000000, \"end_date\": 1720000000")
            .expect(201);
    assertEquals(1718000000L, dated.body().path("start_date").asLong());
    assertEquals(1720000000L, dated.body().path("end_date").asLong());

    create(ACME, account.getId(), "adhoc", "\"start_date\": 1718000000, \"end_date\": 1717000000")
        .expectError(400, "VALIDATION_FAILED");
    assertEquals(1, count(ACME, Kinds.LINE_DETAILS));
  }

  @Test
  void theAccountMustBeAnOpenOneOfTheCallersCompany() {
    Exchange unknown = create(ACME, NOWHERE, "regular", "").expectError(404, "NOT_FOUND");
    assertEquals("body", unknown.text("/errors/0/in"));
    assertEquals("/account_id", unknown.text("/errors/0/field"));

    Account theirs = globex.account();
    create(ACME, theirs.getId(), "regular", "").expectError(404, "NOT_FOUND");

    Account closed = closedAccount();
    // the parent-state rule: a closed account is a parent in the wrong state
    Exchange refused =
        create(ACME, closed.getId(), "regular", "").expectError(409, "NOT_APPLICABLE");
    assertEquals("/account_id", refused.text("/errors/0/field"));
    assertEquals("account", refused.text("/details/resource"));
    assertEquals("closed", refused.text("/details/current_status"));
    assertEquals(0, count(ACME, Kinds.LINE_DETAILS));
  }

  @Test
  void retrieveFindsTheLineInItsCompanyOnly() {
    String id = line(account.getId(), "regular");

    assertEquals(
        id, api.call(ACME, OperationIds.RETRIEVE_LINE_DETAIL).id(id).send().expect(200).id());
    Exchange elsewhere =
        api.call(GLOBEX, OperationIds.RETRIEVE_LINE_DETAIL)
            .id(id)
            .send()
            .expectError(404, "NOT_FOUND");
    assertEquals("path", elsewhere.text("/errors/0/in"));
    assertEquals("/id", elsewhere.text("/errors/0/field"));
    api.call(ACME, OperationIds.RETRIEVE_LINE_DETAIL)
        .id(NOWHERE)
        .send()
        .expectError(404, "NOT_FOUND");
  }

  @Test
  void anUpdateChangesOnlyWhatItSendsAndMovesUpdatedAt() {
    Exchange before = create(ACME, account.getId(), "regular", "\"remark\": \"first\"").expect(201);

    Exchange after =
        api.call(ACME, OperationIds.UPDATE_LINE_DETAIL)
            .id(before.id())
            .body("{\"approved_line_amount\": 600000.5, \"status\": \"inactive\"}")
            .send()
            .expect(200);

    assertEquals(new BigDecimal("600000.50"), after.money("/approved_line_amount"));
    assertEquals("inactive", after.text("/status"));
    assertEquals("first", after.text("/remark"));
    assertEquals("regular", after.text("/type"));
    assertEquals(before.body().path("start_date"), after.body().path("start_date"));
    assertEquals(before.body().path("created_at"), after.body().path("created_at"));
    assertTrue(
        after
                .body()
                .path("updated_at")
                .decimalValue()
                .compareTo(before.body().path("updated_at").decimalValue())
            > 0);
    assertEquals(
        after.body(),
        api.call(ACME, OperationIds.RETRIEVE_LINE_DETAIL).id(before.id()).send().body());
  }

  @Test
  void anUpdateIsRefusedForAnEndBeforeTheStartOrAnUnknownLine() {
    String id =
        create(ACME, account.getId(), "regular", "\"start_date\": 1718000000").expect(201).id();

    Exchange refused =
        api.call(ACME, OperationIds.UPDATE_LINE_DETAIL)
            .id(id)
            .body("{\"end_date\": 1717999999, \"remark\": \"too early\"}")
            .send()
            .expectError(400, "VALIDATION_FAILED");
    assertEquals("/end_date", refused.text("/errors/0/field"));
    assertEquals(
        "active", api.call(ACME, OperationIds.RETRIEVE_LINE_DETAIL).id(id).send().text("/status"));
    assertFalse(
        api.call(ACME, OperationIds.RETRIEVE_LINE_DETAIL).id(id).send().body().hasNonNull("remark"),
        "a refused update changes nothing");

    api.call(GLOBEX, OperationIds.UPDATE_LINE_DETAIL)
        .id(id)
        .body("{\"remark\": \"not mine\"}")
        .send()
        .expectError(404, "NOT_FOUND");
  }

  @Test
  void filterListsNewestFirstByAccountTypeAndStatusInPages() {
    Account other = given.account();
    List<String> oldestFirst = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      oldestFirst.add(line(account.getId(), i % 2 == 0 ? "regular" : "adhoc"));
    }
    String elsewhere = line(other.getId(), "regular");
    api.call(ACME, OperationIds.UPDATE_LINE_DETAIL)
        .id(oldestFirst.get(0))
        .body("{\"status\": \"expired\"}")
        .send()
        .expect(200);
    List<String> newestFirst = new ArrayList<>(oldestFirst);
    Collections.reverse(newestFirst);

    Exchange first =
        api.call(ACME, OperationIds.FILTER_LINE_DETAILS)
            .query("account", account.getId())
            .send()
            .expect(200);
    assertEquals(17, first.body().path("count").asInt());
    assertEquals(15, first.body().path("page_size").asInt());
    assertEquals(newestFirst.subList(0, 15), each(first, "id"));
    Exchange second =
        api.call(ACME, OperationIds.FILTER_LINE_DETAILS)
            .query("account", account.getId())
            .query("page", 2)
            .send();
    assertEquals(newestFirst.subList(15, 17), each(second, "id"));

    Exchange all = api.call(ACME, OperationIds.FILTER_LINE_DETAILS).query("page_size", 100).send();
    assertEquals(18, all.body().path("count").asInt());
    assertEquals(elsewhere, all.text("/results/0/id"));

    Exchange adhoc = api.call(ACME, OperationIds.FILTER_LINE_DETAILS).query("type", "adhoc").send();
    assertEquals(8, adhoc.body().path("count").asInt());
    Exchange expired =
        api.call(ACME, OperationIds.FILTER_LINE_DETAILS).query("status", "expired").send();
    assertEquals(List.of(oldestFirst.get(0)), each(expired, "id"));

    Exchange none = api.call(GLOBEX, OperationIds.FILTER_LINE_DETAILS).send().expect(200);
    assertEquals(0, none.body().path("count").asInt());
  }

  @Test
  void byTypeListsTheLinesOfOneTypeOptionallyOfOneAccount() {
    Account other = given.account();
    String regular = line(account.getId(), "regular");
    line(account.getId(), "adhoc");
    String otherRegular = line(other.getId(), "regular");

    Exchange regulars =
        api.call(ACME, OperationIds.GET_LINE_DETAILS_BY_TYPE)
            .query("type", "regular")
            .send()
            .expect(200);
    assertEquals(List.of(otherRegular, regular), each(regulars, "id"));

    Exchange mine =
        api.call(ACME, OperationIds.GET_LINE_DETAILS_BY_TYPE)
            .query("type", "regular")
            .query("account", account.getId())
            .send();
    assertEquals(List.of(regular), each(mine, "id"));
  }

  @Test
  void bulkInternalGrantsEachGoodItemAndReportsEachBadOne() {
    Account closed = closedAccount();
    String item = "{\"account_id\": \"%s\", \"approved_line_amount\": %s%s}";
    String body =
        "{\"line_details\": ["
            + item.formatted(account.getId(), "250000", "")
            + ","
            + item.formatted(NOWHERE, "100", "")
            + ","
            + item.formatted(closed.getId(), "100", "")
            + ","
            + item.formatted(account.getId(), "100", ", \"end_date\": 1000")
            + ","
            + item.formatted(account.getId(), "75000.25", ", \"remark\": \"risk\"")
            + "]}";

    Exchange result =
        api.call(ACME, OperationIds.BULK_CREATE_INTERNAL_LINE_DETAILS)
            .body(body)
            .send()
            .expect(200);

    JsonNode results = result.body().path("results");
    assertEquals(2, result.body().path("created").asInt());
    assertEquals(3, result.body().path("failed").asInt());
    for (int i = 0; i < 5; i++) {
      assertEquals(i, results.path(i).path("index").asInt());
    }
    assertEquals("created", results.path(0).path("status").asText());
    assertEquals("/account_id", results.path(1).at("/errors/0/field").asText());
    assertEquals("/account_id", results.path(2).at("/errors/0/field").asText());
    assertEquals("/end_date", results.path(3).at("/errors/0/field").asText());
    assertTrue(results.path(3).path("id").isNull());
    assertEquals("created", results.path(4).path("status").asText());

    assertEquals(2, count(ACME, Kinds.LINE_DETAILS));
    Exchange internal =
        api.call(ACME, OperationIds.GET_LINE_DETAILS_BY_TYPE)
            .query("type", "internal")
            .send()
            .expect(200);
    assertEquals(
        List.of(results.path(4).path("id").asText(), results.path(0).path("id").asText()),
        each(internal, "id"));
    assertEquals("risk", internal.text("/results/0/remark"));
  }

  private Account closedAccount() {
    Account closed = given.account();
    closed.status(AccountStatus.CLOSED);
    store.write(
        ACME,
        tx -> {
          tx.put(Kinds.ACCOUNTS, closed.getId().toString(), closed);
          return null;
        });
    return closed;
  }
}
