package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.math.BigDecimal;
import java.util.Iterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Line Details, Loan Data, Fee and Extra Data through HTTP, on the demo company: every answer is
 * one its operation declares, with a body valid by that status's schema.
 */
class ReferenceDataHttpTest {

  private static RunningStub stub;
  private static JsonNode demo;

  @BeforeAll
  static void start() {
    stub = RunningStub.start();
    // the first call seeds the caller's company; the state export then shows its demo data
    stub.call("GET", "/v1/lms/fees/").devToken().send();
    String company = stub.server.config().defaultUser().companyId();
    demo = stub.call("GET", "/__admin/crego/state").send().json().path("companies").path(company);
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  private static SpecOperation op(String operationId) {
    return CregoSpec.get().operation(operationId).orElseThrow();
  }

  /** The id of the first demo document of a kind with this status (any, when status is null). */
  private static String demoId(String kind, String status) {
    Iterator<JsonNode> documents = demo.path(kind).elements();
    while (documents.hasNext()) {
      JsonNode document = documents.next();
      if (status == null || status.equals(document.path("status").asText())) {
        return document.path("id").asText();
      }
    }
    throw new AssertionError("the demo has no " + kind + " in status " + status);
  }

  private static Reply send(String method, String path, String json) {
    StubHttp.Call call = stub.call(method, path).devToken();
    return (json == null ? call : call.json(json)).send();
  }

  @Test
  void aLineIsGrantedReadUpdatedAndListed() {
    String account = demoId("accounts", "active");
    Reply created =
        send(
                "POST",
                "/v1/lms/line_details/",
                "{\"account_id\": \""
                    + account
                    + "\", \"type\": \"adhoc\", \"approved_line_amount\": 75000}")
            .isDeclaredBy(op(OperationIds.CREATE_LINE_DETAIL));
    assertEquals(201, created.status(), created.body());
    String id = created.json().path("id").asText();

    Reply updated =
        send("PATCH", "/v1/lms/line_details/" + id + "/", "{\"status\": \"inactive\"}")
            .isDeclaredBy(op(OperationIds.UPDATE_LINE_DETAIL));
    assertEquals("inactive", updated.json().path("status").asText());
    Reply read =
        send("GET", "/v1/lms/line_details/" + id + "/", null)
            .isDeclaredBy(op(OperationIds.RETRIEVE_LINE_DETAIL));
    assertEquals(updated.json(), read.json());

    Reply adhoc =
        send("GET", "/v1/lms/line_details/by_type/?type=adhoc&account=" + account, null)
            .isDeclaredBy(op(OperationIds.GET_LINE_DETAILS_BY_TYPE));
    assertEquals(id, adhoc.json().at("/results/0/id").asText());
    Reply inactive =
        send("GET", "/v1/lms/line_details/?status=inactive", null)
            .isDeclaredBy(op(OperationIds.FILTER_LINE_DETAILS));
    assertEquals(id, inactive.json().at("/results/0/id").asText());
  }

  @Test
  void refusalsNameTheOffendingFieldAndBulkItemsFailAlone() {
    send(
            "POST",
            "/v1/lms/line_details/",
            "{\"account_id\": \""
                + ValidRequests.SAMPLE_ID
                + "\", \"type\": \"regular\", \"approved_line_amount\": 1}")
        .isError(404, "NOT_FOUND")
        .hasFieldError("body", "/account_id");
    send("GET", "/v1/lms/line_details/by_type/", null)
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("query", "/type");
    Reply closedLoan =
        send(
                "POST",
                "/v1/lms/fees/",
                "{\"loan_id\": \""
                    + demoId("loans", "closed")
                    + "\", \"type\": \"other\", \"amount\": 10}")
            .isError(409, "NOT_APPLICABLE") // the parent-state rule
            .hasFieldError("body", "/loan_id");
    assertEquals("closed", closedLoan.json().at("/details/current_status").asText());
    assertEquals("loan", closedLoan.json().at("/details/resource").asText());

    Reply bulk =
        send(
                "POST",
                "/v1/lms/line_details/bulk_internal/",
                "{\"line_details\": [{\"account_id\": \""
                    + demoId("accounts", "active")
                    + "\", \"approved_line_amount\": 1000}, {\"account_id\": \""
                    + ValidRequests.SAMPLE_ID
                    + "\", \"approved_line_amount\": 1000}]}")
            .isDeclaredBy(op(OperationIds.BULK_CREATE_INTERNAL_LINE_DETAILS));
    assertEquals(1, bulk.json().path("created").asInt(), bulk.body());
    assertEquals(1, bulk.json().path("failed").asInt(), bulk.body());
    assertEquals("/account_id", bulk.json().at("/results/1/errors/0/field").asText());
  }

  @Test
  void loanDataIsOnePerLeadAndExtraDataMergesOnAnEntity() {
    String body =
        "{\"lead_id\": \"http-lead-1\", \"emi_count\": 12, \"flat_roi_value\": 14,"
            + " \"pf_value\": 2, \"pf_value_type\": \"percentage\"}";
    Reply created =
        send("POST", "/v1/lms/loan_data/", body).isDeclaredBy(op(OperationIds.CREATE_LOAN_DATA));
    assertEquals(201, created.status(), created.body());
    send("POST", "/v1/lms/loan_data/", body).isError(409, "DUPLICATE_REFERENCE");
    send(
            "PATCH",
            "/v1/lms/loan_data/" + created.json().path("id").asText() + "/",
            "{\"emi_count\": 24}")
        .isDeclaredBy(op(OperationIds.UPDATE_LOAN_DATA));

    String loan = demoId("loans", null);
    String extra = "{\"entity_type\": \"loan\", \"entity_id\": \"" + loan + "\", \"data\": %s}";
    send("PATCH", "/v1/lms/extra_data/", extra.formatted("{\"dealer\": \"DL-1\", \"x\": 1}"))
        .isDeclaredBy(op(OperationIds.UPDATE_EXTRA_DATA));
    Reply merged =
        send("PATCH", "/v1/lms/extra_data/", extra.formatted("{\"x\": null}"))
            .isDeclaredBy(op(OperationIds.UPDATE_EXTRA_DATA));
    assertEquals("{\"dealer\":\"DL-1\"}", merged.json().path("data").toString());
    Reply listed =
        send("GET", "/v1/lms/extra_data/?entity_type=loan&entity_id=" + loan, null)
            .isDeclaredBy(op(OperationIds.LIST_EXTRA_DATA));
    assertEquals(1, listed.json().path("count").asInt());
  }

  /** Needs the loans domain: a fee is part of its loan's outstanding. */
  @Test
  void aFeeIsADemandOfItsLoanUntilDeleted() {
    String loan = demoId("loans", "active");
    BigDecimal before = outstanding(loan);

    Reply fee =
        send(
                "POST",
                "/v1/lms/fees/",
                "{\"loan_id\": \"" + loan + "\", \"type\": \"bounce_charge\", \"amount\": 500}")
            .isDeclaredBy(op(OperationIds.CREATE_FEE));
    assertEquals(201, fee.status(), fee.body());
    String id = fee.json().path("id").asText();
    assertEquals(0, before.add(new BigDecimal("590")).compareTo(outstanding(loan)));

    Reply demands =
        send("GET", "/v1/lms/fees/demands/?loan=" + loan, null)
            .isDeclaredBy(op(OperationIds.GET_FEE_DEMANDS));
    boolean found = false;
    for (JsonNode demand : demands.json().path("results")) {
      found |= demand.path("fee").asText().equals(id);
    }
    assertTrue(found, demands.body());

    Reply deleted =
        send("DELETE", "/v1/lms/fees/" + id + "/", null).isDeclaredBy(op(OperationIds.DELETE_FEE));
    assertEquals(204, deleted.status());
    assertEquals(0, before.compareTo(outstanding(loan)));
    send("GET", "/v1/lms/fees/" + id + "/", null).isError(404, "NOT_FOUND");
  }

  private static BigDecimal outstanding(String loan) {
    Reply summary =
        send("GET", "/v1/lms/loans/" + loan + "/summary/", null)
            .isDeclaredBy(op(OperationIds.GET_LOAN_SUMMARY));
    assertEquals(200, summary.status(), summary.body());
    return summary.json().path("total_outstanding").decimalValue();
  }
}
