package io.crego.contract.stub.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.FeeStatus;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.testing.ReferenceDataTestBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fee: charges on active loans, their GST, listing, and deletion while nothing is paid. */
class FeesTest extends ReferenceDataTestBase {

  private Loan loan;

  @BeforeEach
  void activeLoan() {
    loan = given.activeLoan(account, "100000");
  }

  private Exchange charge(String company, Object loanId, String amount, String extra) {
    return api.call(company, OperationIds.CREATE_FEE)
        .body(
            "{\"loan_id\": \"%s\", \"type\": \"bounce_charge\", \"amount\": %s%s}"
                .formatted(loanId, amount, extra.isEmpty() ? "" : ", " + extra))
        .send();
  }

  private String fee(String amount) {
    return charge(ACME, loan.getId(), amount, "").expect(201).id();
  }

  @Test
  void aFeeOwesItsAmountPlusGstFromTheBusinessDay() {
    Exchange created = charge(ACME, loan.getId(), "500", "").expect(201);

    assertEquals(loan.getId().toString(), created.text("/loan"));
    assertEquals(account.getId().toString(), created.text("/account"));
    assertEquals("bounce_charge", created.text("/type"));
    assertEquals(new BigDecimal("500.00"), created.money("/amount"));
    assertEquals(
        0, new BigDecimal(18).compareTo(created.body().path("gst_percentage").decimalValue()));
    assertEquals(new BigDecimal("90.00"), created.money("/gst_amount"));
    assertEquals(new BigDecimal("590.00"), created.money("/total_amount"));
    assertEquals(new BigDecimal("0.00"), created.money("/paid_amount"));
    assertEquals("due", created.text("/status"));
    assertEquals(
        0,
        BusinessCalendar.dayEnd(TODAY).compareTo(created.body().path("due_date").decimalValue()));
    assertEquals(
        created.body(), api.call(ACME, OperationIds.GET_FEE).id(created.id()).send().body());
  }

  @Test
  void gstIsRoundedToThePaisaOnceFromTheExactProduct() {
    assertGst("333.33", "18", "60.00", "393.33"); // 59.9994
    assertGst("0.05", "18", "0.01", "0.06"); // 0.009
    assertGst("99.99", "12.5", "12.50", "112.49"); // 12.49875
    assertGst("1000", "0", "0.00", "1000.00");
    assertGst("250.10", "18", "45.02", "295.12"); // 45.018
  }

  private void assertGst(String amount, String percent, String gst, String total) {
    Exchange fee = charge(ACME, loan.getId(), amount, "\"gst_percentage\": " + percent).expect(201);
    assertEquals(new BigDecimal(gst), fee.money("/gst_amount"), amount + " at " + percent + "%");
    assertEquals(
        new BigDecimal(total), fee.money("/total_amount"), amount + " at " + percent + "%");
  }

  @Test
  void aDueDateGivenIsKeptAndTheRemarkToo() {
    Exchange created =
        charge(ACME, loan.getId(), "100", "\"due_date\": 1719000000, \"remark\": \"cheque bounce\"")
            .expect(201);
    assertEquals(1719000000L, created.body().path("due_date").asLong());
    assertEquals("cheque bounce", created.text("/remark"));
  }

  @Test
  void creatingAFeeHasTheLoanRebuildItsOutstandingInTheSameUnitOfWork() {
    fee("500");
    assertEquals(List.of(loan.getId()), loans.refreshed());
  }

  @Test
  void onlyAnActiveLoanOfTheCompanyTakesAFee() {
    Exchange unknown = charge(ACME, NOWHERE, "500", "").expectError(404, "NOT_FOUND");
    assertEquals("body", unknown.text("/errors/0/in"));
    assertEquals("/loan_id", unknown.text("/errors/0/field"));
    charge(GLOBEX, loan.getId(), "500", "").expectError(404, "NOT_FOUND");

    // the parent-state rule: a loan not active is a parent in the wrong state
    Loan closed = given.loan(account, LoanStatus.CLOSED, "0");
    Exchange refused = charge(ACME, closed.getId(), "500", "").expectError(409, "NOT_APPLICABLE");
    assertEquals("closed", refused.text("/details/current_status"));
    assertEquals("loan", refused.text("/details/resource"));
    assertEquals(closed.getId().toString(), refused.text("/details/id"));
    assertEquals("active", refused.text("/details/required_status/0"));
    assertEquals(OperationIds.CREATE_FEE, refused.text("/details/operation"));
    assertEquals("/loan_id", refused.text("/errors/0/field"));

    assertEquals(0, count(ACME, Kinds.FEES));
    assertEquals(List.of(), loans.refreshed());
  }

  @Test
  void bulkCreatesEachGoodFeeAndReportsEachBadOne() {
    Loan requested = given.loan(account, LoanStatus.REQUESTED, "0");
    String item = "{\"loan_id\": \"%s\", \"type\": \"%s\", \"amount\": %s}";
    String body =
        "{\"fees\": ["
            + item.formatted(loan.getId(), "late_payment_fee", "100")
            + ","
            + item.formatted(NOWHERE, "other", "200")
            + ","
            + item.formatted(requested.getId(), "other", "300")
            + ","
            + item.formatted(loan.getId(), "documentation_fee", "400")
            + "]}";

    Exchange result = api.call(ACME, OperationIds.BULK_CREATE_FEES).body(body).send().expect(200);

    JsonNode results = result.body().path("results");
    assertEquals(2, result.body().path("created").asInt());
    assertEquals(2, result.body().path("failed").asInt());
    assertEquals("created", results.path(0).path("status").asText());
    assertEquals("/loan_id", results.path(1).at("/errors/0/field").asText());
    assertEquals("/loan_id", results.path(2).at("/errors/0/field").asText());
    assertTrue(
        results.path(2).at("/errors/0/message").asText().contains("requested"), results.toString());
    assertEquals("created", results.path(3).path("status").asText());

    Fee stored = stored(Kinds.FEES, results.path(3).path("id").asText());
    assertEquals(new BigDecimal("472.00"), stored.getTotalAmount());
    assertEquals(2, count(ACME, Kinds.FEES));
    assertEquals(List.of(loan.getId(), loan.getId()), loans.refreshed());
  }

  @Test
  void listIsNewestFirstFilteredByLoanAndStatusInPages() {
    Loan other = given.activeLoan(given.account(), "5000");
    List<String> oldestFirst = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      oldestFirst.add(fee(String.valueOf(100 + i)));
    }
    String elsewhere = charge(ACME, other.getId(), "50", "").expect(201).id();
    paid(oldestFirst.get(3), "10", FeeStatus.PARTIALLY_PAID);
    List<String> newestFirst = new ArrayList<>(oldestFirst);
    Collections.reverse(newestFirst);

    Exchange first =
        api.call(ACME, OperationIds.LIST_FEES).query("loan", loan.getId()).send().expect(200);
    assertEquals(16, first.body().path("count").asInt());
    assertEquals(newestFirst.subList(0, 15), each(first, "id"));
    Exchange second =
        api.call(ACME, OperationIds.LIST_FEES).query("loan", loan.getId()).query("page", 2).send();
    assertEquals(newestFirst.subList(15, 16), each(second, "id"));

    Exchange all = api.call(ACME, OperationIds.LIST_FEES).query("page_size", 5).send();
    assertEquals(17, all.body().path("count").asInt());
    assertEquals(elsewhere, all.text("/results/0/id"));
    assertEquals(5, all.body().path("results").size());

    Exchange partly =
        api.call(ACME, OperationIds.LIST_FEES).query("status", "partially_paid").send();
    assertEquals(List.of(oldestFirst.get(3)), each(partly, "id"));
    assertEquals(
        0,
        api.call(GLOBEX, OperationIds.LIST_FEES).send().expect(200).body().path("count").asInt());
  }

  @Test
  void getFindsTheFeeInItsCompanyOnly() {
    String id = fee("500");
    api.call(ACME, OperationIds.GET_FEE).id(id).send().expect(200);
    Exchange elsewhere =
        api.call(GLOBEX, OperationIds.GET_FEE).id(id).send().expectError(404, "NOT_FOUND");
    assertEquals("path", elsewhere.text("/errors/0/in"));
    assertEquals("/id", elsewhere.text("/errors/0/field"));
  }

  @Test
  void aFeeNothingIsPaidAgainstIsDeletedAndTheLoanRebuilt() {
    String id = fee("500");

    ApiResponse deleted = FeeDeletion.delete(new FeeHandlers(store, loans), ACME, id, api.now());

    assertEquals(204, deleted.status());
    assertNull(deleted.body());
    api.call(ACME, OperationIds.GET_FEE).id(id).send().expectError(404, "NOT_FOUND");
    assertEquals(0, count(ACME, Kinds.FEES));
    assertEquals(List.of(loan.getId(), loan.getId()), loans.refreshed());
  }

  @Test
  void aFeeWithMoneyAgainstItStays() {
    String id = fee("500");
    paid(id, "100", FeeStatus.PARTIALLY_PAID);

    Exchange refused =
        api.call(ACME, OperationIds.DELETE_FEE)
            .id(id)
            .send()
            .expectError(409, "TRANSITION_NOT_ALLOWED");

    assertEquals("partially_paid", refused.text("/details/current_status"));
    assertEquals("fee", refused.text("/details/resource"));
    assertEquals(1, count(ACME, Kinds.FEES));
    assertEquals(List.of(loan.getId()), loans.refreshed());

    api.call(GLOBEX, OperationIds.DELETE_FEE).id(fee("20")).send().expectError(404, "NOT_FOUND");
    api.call(ACME, OperationIds.DELETE_FEE).id(NOWHERE).send().expectError(404, "NOT_FOUND");
  }

  /** What settlement (the loans domain) does to a fee when money is applied to it. */
  private void paid(String feeId, String amount, FeeStatus status) {
    store.write(
        ACME,
        tx -> {
          Fee fee = tx.get(Kinds.FEES, feeId).orElseThrow();
          tx.put(Kinds.FEES, feeId, fee.paidAmount(Rupees.of(amount)).status(status));
          return null;
        });
  }
}
