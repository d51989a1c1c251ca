package io.crego.contract.stub.topups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.TopupGroupStatus;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Topup groups: topups of one account, their total, and a closed group that no longer changes. */
class TopupGroupTest extends MoneyOutTestBase {

  private static final TransitionGuard<TopupGroupStatus> GROUP =
      TransitionGuard.forSchema("TopupGroup", TopupGroupStatus.class);

  private Account line;

  @BeforeEach
  void givenACreditLine() {
    line = book.creditLine("100000");
  }

  @Test
  void aGroupTotalsItsTopups() {
    String a = checksFailedTopup(line, "1000.25").id();
    String b = processingTopup(line, "2000").id();

    Exchange group = createGroup("\"topup_ids\": [\"" + a + "\", \"" + b + "\"]").expect(201);

    assertEquals("open", group.text("/status"));
    assertEquals(line.getId().toString(), group.text("/account"));
    assertEquals(new BigDecimal("3000.25"), group.money("/total_amount"));
    assertEquals(group.id(), storedTopup(a).getTopupGroup().toString());
    assertEquals(
        List.of(b, a),
        api.call(ACME, OperationIds.LIST_TOPUPS)
            .query("topup_group", group.id())
            .send()
            .body()
            .path("results")
            .findValuesAsText("id"));
  }

  @Test
  void aTopupJoinsAGroupWhenCreatedAndItsAmountCounts() {
    String group = createGroup("\"account_id\": \"" + line.getId() + "\"").expect(201).id();

    String topup =
        createTopup(line, "500", "\"topup_group_id\": \"" + group + "\"").expect(201).id();
    api.call(ACME, OperationIds.UPDATE_TOPUP)
        .id(topup)
        .body("{\"amount\": 700}")
        .send()
        .expect(200);

    assertEquals(new BigDecimal("700.00"), storedGroup(group).getTotalAmount());
    assertEquals(List.of(storedTopup(topup).getId()), storedGroup(group).getTopups());
  }

  @Test
  void aGroupHoldsTopupsOfOneAccountInNoOtherGroup() {
    Account other = book.creditLine("1000");
    String mine = checksFailedTopup(line, "100").id();
    String theirs = checksFailedTopup(other, "100").id();

    Exchange mixed =
        createGroup("\"topup_ids\": [\"" + mine + "\", \"" + theirs + "\"]")
            .expectError(400, "VALIDATION_FAILED");
    assertEquals("/topup_ids/1", mixed.text("/errors/0/field"));
    Exchange wrongAccount =
        createGroup("\"account_id\": \"" + other.getId() + "\", \"topup_ids\": [\"" + mine + "\"]")
            .expectError(400, "VALIDATION_FAILED");
    assertEquals("/topup_ids/0", wrongAccount.text("/errors/0/field"));
    createGroup("\"topup_ids\": [\"" + mine + "\"]").expect(201);
    createGroup("\"topup_ids\": [\"" + mine + "\"]").expectError(400, "VALIDATION_FAILED");
    Exchange unknown =
        createGroup("\"topup_ids\": [\"" + line.getId() + "\"]").expectError(404, "NOT_FOUND");
    assertEquals("/topup_ids/0", unknown.text("/errors/0/field"));
    String otherGroup = createGroup("\"account_id\": \"" + other.getId() + "\"").expect(201).id();
    createTopup(line, "10", "\"topup_group_id\": \"" + otherGroup + "\"")
        .expectError(400, "VALIDATION_FAILED");
  }

  @Test
  void anUpdateRenamesReplacesTopupsAndCloses() {
    String a = checksFailedTopup(line, "100").id();
    String b = checksFailedTopup(line, "200").id();
    String group = createGroup("\"topup_ids\": [\"" + a + "\"]").expect(201).id();

    Exchange changed =
        api.call(ACME, OperationIds.UPDATE_TOPUP_GROUP)
            .id(group)
            .body("{\"name\": \"July invoices\", \"topup_ids\": [\"" + b + "\"]}")
            .send()
            .expect(200);

    assertEquals("July invoices", changed.text("/name"));
    assertEquals(new BigDecimal("200.00"), changed.money("/total_amount"));
    assertNull(storedTopup(a).getTopupGroup());
    assertEquals(group, storedTopup(b).getTopupGroup().toString());

    Exchange closed =
        api.call(ACME, OperationIds.UPDATE_TOPUP_GROUP)
            .id(group)
            .body("{\"status\": \"closed\"}")
            .send()
            .expect(200);
    assertEquals("closed", closed.text("/status"));
    createTopup(line, "10", "\"topup_group_id\": \"" + group + "\"")
        .expectError(409, "TRANSITION_NOT_ALLOWED");
  }

  @Test
  void groupsAreListedNewestFirstAndFiltered() {
    Account other = book.creditLine("1000");
    String a = createGroup("\"account_id\": \"" + line.getId() + "\"").expect(201).id();
    String b = createGroup("\"account_id\": \"" + other.getId() + "\"").expect(201).id();
    api.call(ACME, OperationIds.UPDATE_TOPUP_GROUP)
        .id(a)
        .body("{\"status\": \"closed\"}")
        .send()
        .expect(200);

    assertEquals(List.of(b, a), groupIds(api.call(ACME, OperationIds.LIST_TOPUP_GROUPS).send()));
    assertEquals(
        List.of(a),
        groupIds(api.call(ACME, OperationIds.LIST_TOPUP_GROUPS).query("status", "closed").send()));
    assertEquals(
        List.of(b),
        groupIds(
            api.call(ACME, OperationIds.LIST_TOPUP_GROUPS).query("account", other.getId()).send()));
  }

  @Test
  void anUnknownGroupIsNotFound() {
    api.call(ACME, OperationIds.UPDATE_TOPUP_GROUP)
        .id(line.getId())
        .body("{\"name\": \"x\"}")
        .send()
        .expectError(404, "NOT_FOUND");
  }

  /** From the table: every update of a group in a state with no row for it is refused. */
  @TestFactory
  Stream<DynamicTest> aClosedGroupNoLongerChanges() {
    List<DynamicTest> tests = new ArrayList<>();
    for (TopupGroupStatus target : TopupGroupStatus.values()) {
      List<TopupGroupStatus> allowed = GROUP.allowedFrom(OperationIds.UPDATE_TOPUP_GROUP, target);
      for (TopupGroupStatus status : TopupGroupStatus.values()) {
        if (!allowed.contains(status)) {
          tests.add(
              dynamicTest(
                  "updateTopupGroup to " + target + " on a " + status + " group",
                  () -> {
                    setUpStore();
                    try {
                      refused(status, target, allowed);
                    } finally {
                      closeStore();
                    }
                  }));
        }
      }
    }
    return tests.stream();
  }

  private void refused(
      TopupGroupStatus status, TopupGroupStatus target, List<TopupGroupStatus> allowed) {
    String group = createGroup("\"remark\": \"r\"").expect(201).id();
    if (status == TopupGroupStatus.CLOSED) {
      api.call(ACME, OperationIds.UPDATE_TOPUP_GROUP)
          .id(group)
          .body("{\"status\": \"closed\"}")
          .send()
          .expect(200);
    }
    String before = Json.write(storedGroup(group));

    Exchange answer =
        api.call(ACME, OperationIds.UPDATE_TOPUP_GROUP)
            .id(group)
            .body("{\"name\": \"renamed\", \"status\": \"" + target + "\"}")
            .send()
            .expectError(409, "TRANSITION_NOT_ALLOWED");

    assertEquals(status.getValue(), answer.text("/details/current_status"));
    assertEquals(
        allowed.stream().map(TopupGroupStatus::getValue).toList(),
        Json.MAPPER.convertValue(answer.body().path("details").path("allowed_from"), List.class));
    assertEquals(before, Json.write(storedGroup(group)), "the group changed");
  }

  private Exchange createGroup(String fields) {
    return api.call(ACME, OperationIds.CREATE_TOPUP_GROUP)
        .body("{\"name\": \"June invoices\"" + (fields.isEmpty() ? "" : ", " + fields) + "}")
        .send();
  }

  private io.crego.contract.spec.model.TopupGroup storedGroup(String id) {
    return store.read(ACME, view -> view.get(Kinds.TOPUP_GROUPS, id)).orElseThrow();
  }

  private static List<String> groupIds(Exchange page) {
    List<String> ids = new ArrayList<>();
    page.expect(200).body().path("results").forEach(g -> ids.add(g.path("id").asText()));
    return ids;
  }
}
