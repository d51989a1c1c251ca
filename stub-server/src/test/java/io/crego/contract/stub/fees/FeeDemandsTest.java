package io.crego.contract.stub.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.FeeStatus;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.testing.ReferenceDataTestBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Get Fee Demands: one demand per fee not waived, as of the business date, oldest due first. */
class FeeDemandsTest extends ReferenceDataTestBase {

  private Loan loan;
  private Account otherAccount;
  private Loan otherLoan;
  private String dueOnTenth;
  private String dueToday;
  private String paidOnFirst;
  private String waived;
  private String otherOnFifth;

  @BeforeEach
  void feesOnTwoLoans() {
    loan = given.activeLoan(account, "100000");
    otherAccount = given.account();
    otherLoan = given.activeLoan(otherAccount, "5000");
    dueOnTenth = fee(loan, "500", LocalDate.of(2024, 6, 10));
    dueToday = fee(loan, "100", null);
    paidOnFirst = fee(loan, "200", LocalDate.of(2024, 6, 1));
    waived = fee(loan, "300", LocalDate.of(2024, 5, 1));
    otherOnFifth = fee(otherLoan, "50", LocalDate.of(2024, 6, 5));
    settle(paidOnFirst, "236", FeeStatus.PAID);
    settle(waived, "0", FeeStatus.WAIVED);
  }

  private String fee(Loan on, String amount, LocalDate due) {
    String dueDate =
        due == null ? "" : ", \"due_date\": " + (BusinessCalendar.dayStart(due) + 36_000);
    return api.call(ACME, OperationIds.CREATE_FEE)
        .body(
            "{\"loan_id\": \"%s\", \"type\": \"late_payment_fee\", \"amount\": %s%s}"
                .formatted(on.getId(), amount, dueDate))
        .send()
        .expect(201)
        .id();
  }

  private void settle(String feeId, String paid, FeeStatus status) {
    store.write(
        ACME,
        tx -> {
          Fee fee = tx.get(Kinds.FEES, feeId).orElseThrow();
          tx.put(Kinds.FEES, feeId, fee.paidAmount(Rupees.of(paid)).status(status));
          return null;
        });
  }

  private Exchange demands() {
    return api.call(ACME, OperationIds.GET_FEE_DEMANDS).send().expect(200);
  }

  private static JsonNode demandOf(Exchange page, String feeId) {
    for (JsonNode demand : page.body().path("results")) {
      if (demand.path("fee").asText().equals(feeId)) {
        return demand;
      }
    }
    throw new AssertionError("no demand of fee " + feeId + " in " + page.body());
  }

  @Test
  void everyFeeButAWaivedOneDemandsOldestDueFirst() {
    Exchange page = demands();

    assertEquals(4, page.body().path("count").asInt());
    assertEquals(List.of(paidOnFirst, otherOnFifth, dueOnTenth, dueToday), each(page, "fee"));
    assertEquals(each(page, "fee"), each(page, "id"));
  }

  @Test
  void aDemandOwesTheFeeWithGstLessWhatWasPaidAndAgesFromItsDueDay() {
    settle(dueOnTenth, "90.5", FeeStatus.PARTIALLY_PAID);
    Exchange page = demands();

    JsonNode tenth = demandOf(page, dueOnTenth);
    assertEquals(loan.getId().toString(), tenth.path("loan").asText());
    assertEquals("late_payment_fee", tenth.path("type").asText());
    assertEquals(0, new BigDecimal("590").compareTo(tenth.path("amount").decimalValue()));
    assertEquals(0, new BigDecimal("90.5").compareTo(tenth.path("paid_amount").decimalValue()));
    assertEquals(
        0, new BigDecimal("499.5").compareTo(tenth.path("outstanding_amount").decimalValue()));
    assertEquals("partially_paid", tenth.path("status").asText());
    assertEquals(7, tenth.path("dpd").asInt());

    assertEquals(0, demandOf(page, dueToday).path("dpd").asInt(), "due today is not past due");
    JsonNode paid = demandOf(page, paidOnFirst);
    assertEquals(0, paid.path("outstanding_amount").decimalValue().signum());
    assertEquals(0, paid.path("dpd").asInt(), "nothing outstanding, nothing past due");
  }

  @Test
  void daysPastDueFollowTheBusinessDate() {
    loans.businessDate(LocalDate.of(2024, 9, 15));
    Exchange later = demands();

    assertEquals(97, demandOf(later, dueOnTenth).path("dpd").asInt());
    assertEquals(90, demandOf(later, dueToday).path("dpd").asInt());
    assertEquals(102, demandOf(later, otherOnFifth).path("dpd").asInt());
  }

  @Test
  void demandsAreFilteredByLoanAndAccountAndPaged() {
    Exchange ofLoan =
        api.call(ACME, OperationIds.GET_FEE_DEMANDS).query("loan", loan.getId()).send().expect(200);
    assertEquals(List.of(paidOnFirst, dueOnTenth, dueToday), each(ofLoan, "fee"));

    Exchange ofAccount =
        api.call(ACME, OperationIds.GET_FEE_DEMANDS).query("account", otherAccount.getId()).send();
    assertEquals(List.of(otherOnFifth), each(ofAccount, "fee"));

    Exchange secondPage =
        api.call(ACME, OperationIds.GET_FEE_DEMANDS).query("page", 2).query("page_size", 3).send();
    assertEquals(4, secondPage.body().path("count").asInt());
    assertEquals(List.of(dueToday), each(secondPage, "fee"));

    assertEquals(
        0,
        api.call(GLOBEX, OperationIds.GET_FEE_DEMANDS)
            .send()
            .expect(200)
            .body()
            .path("count")
            .asInt());
  }
}
