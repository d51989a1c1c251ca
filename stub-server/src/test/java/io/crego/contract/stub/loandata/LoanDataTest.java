package io.crego.contract.stub.loandata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.testing.ReferenceDataTestBase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Loan Data: one entry of offer terms per lead. */
class LoanDataTest extends ReferenceDataTestBase {

  private static final String LEAD = "6650f1c2a9e4b7d3c1e0f9ff";

  private Exchange create(String company, String lead, String extra) {
    return api.call(company, OperationIds.CREATE_LOAN_DATA)
        .body(
            ("{\"lead_id\": \"%s\", \"emi_count\": 12, \"flat_roi_value\": 14,"
                    + " \"pf_value\": 2, \"pf_value_type\": \"percentage\"%s}")
                .formatted(lead, extra.isEmpty() ? "" : ", " + extra))
        .send();
  }

  @Test
  void createCapturesTheTermsOfALead() {
    Exchange created = create(ACME, LEAD, "\"loan_amount\": 100000.5").expect(201);

    assertEquals(LEAD, created.text("/lead_id"));
    assertEquals(12, created.body().path("emi_count").asInt());
    assertEquals(
        0, new BigDecimal("14").compareTo(created.body().path("flat_roi_value").decimalValue()));
    assertEquals("percentage", created.text("/pf_value_type"));
    assertEquals(new BigDecimal("100000.50"), created.money("/loan_amount"));
    assertFalse(created.body().hasNonNull("account"));
    assertEquals(
        created.body(),
        api.call(ACME, OperationIds.RETRIEVE_LOAN_DATA).id(created.id()).send().body());
  }

  @Test
  void aLeadHasOneEntryPerCompany() {
    String first = create(ACME, LEAD, "").expect(201).id();

    Exchange duplicate = create(ACME, LEAD, "").expectError(409, "DUPLICATE_REFERENCE");
    assertEquals(first, duplicate.text("/details/existing_id"));
    assertEquals(1, count(ACME, Kinds.LOAN_DATA));

    create(GLOBEX, LEAD, "").expect(201);
  }

  @Test
  void anAccountNamedMustExistAndBeTheLeads() {
    Exchange linked =
        create(ACME, account.getLeadId(), "\"account_id\": \"" + account.getId() + "\"")
            .expect(201);
    assertEquals(account.getId().toString(), linked.text("/account"));

    // Create declares no 404: an unknown account is an invalid field
    Exchange unknown =
        create(ACME, LEAD, "\"account_id\": \"" + NOWHERE + "\"")
            .expectError(400, "VALIDATION_FAILED");
    assertEquals("/account_id", unknown.text("/errors/0/field"));

    Exchange othersLead =
        create(ACME, LEAD, "\"account_id\": \"" + account.getId() + "\"")
            .expectError(400, "VALIDATION_FAILED");
    assertEquals("/account_id", othersLead.text("/errors/0/field"));
    assertEquals(1, count(ACME, Kinds.LOAN_DATA));
  }

  @Test
  void aPercentageProcessingFeeIsAtMostAHundred() {
    Exchange refused =
        api.call(ACME, OperationIds.CREATE_LOAN_DATA)
            .body(
                "{\"lead_id\": \"L1\", \"emi_count\": 12, \"flat_roi_value\": 14,"
                    + " \"pf_value\": 150, \"pf_value_type\": \"percentage\"}")
            .send()
            .expectError(400, "VALIDATION_FAILED");
    assertEquals("/pf_value", refused.text("/errors/0/field"));

    String fixed =
        api.call(ACME, OperationIds.CREATE_LOAN_DATA)
            .body(
                "{\"lead_id\": \"L1\", \"emi_count\": 12, \"flat_roi_value\": 14,"
                    + " \"pf_value\": 1500, \"pf_value_type\": \"fixed\"}")
            .send()
            .expect(201)
            .id();
    Exchange backToPercent =
        api.call(ACME, OperationIds.UPDATE_LOAN_DATA)
            .id(fixed)
            .body("{\"pf_value_type\": \"percentage\"}")
            .send()
            .expectError(400, "VALIDATION_FAILED");
    assertEquals("/pf_value_type", backToPercent.text("/errors/0/field"));
  }

  @Test
  void anUpdateChangesOnlyWhatItSends() {
    Exchange before = create(ACME, account.getLeadId(), "\"loan_amount\": 100000").expect(201);

    Exchange after =
        api.call(ACME, OperationIds.UPDATE_LOAN_DATA)
            .id(before.id())
            .body("{\"emi_count\": 18, \"account_id\": \"" + account.getId() + "\"}")
            .send()
            .expect(200);

    assertEquals(18, after.body().path("emi_count").asInt());
    assertEquals(account.getId().toString(), after.text("/account"));
    assertEquals(new BigDecimal("100000.00"), after.money("/loan_amount"));
    assertEquals(before.text("/lead_id"), after.text("/lead_id"));
    assertEquals(before.body().path("created_at"), after.body().path("created_at"));
    assertTrue(
        after
                .body()
                .path("updated_at")
                .decimalValue()
                .compareTo(before.body().path("updated_at").decimalValue())
            > 0);
  }

  @Test
  void unknownEntriesAndAccountsAreNotFound() {
    String id = create(ACME, LEAD, "").expect(201).id();

    api.call(ACME, OperationIds.RETRIEVE_LOAN_DATA)
        .id(NOWHERE)
        .send()
        .expectError(404, "NOT_FOUND");
    Exchange elsewhere =
        api.call(GLOBEX, OperationIds.RETRIEVE_LOAN_DATA)
            .id(id)
            .send()
            .expectError(404, "NOT_FOUND");
    assertEquals("/id", elsewhere.text("/errors/0/field"));
    api.call(GLOBEX, OperationIds.UPDATE_LOAN_DATA)
        .id(id)
        .body("{\"emi_count\": 6}")
        .send()
        .expectError(404, "NOT_FOUND");

    Account theirs = globex.account();
    Exchange notHere =
        api.call(ACME, OperationIds.UPDATE_LOAN_DATA)
            .id(id)
            .body("{\"account_id\": \"" + theirs.getId() + "\"}")
            .send()
            .expectError(404, "NOT_FOUND");
    assertEquals("body", notHere.text("/errors/0/in"));
    assertEquals("/account_id", notHere.text("/errors/0/field"));
  }
}
