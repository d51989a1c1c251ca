package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiStatus;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Settlement;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 1 lakh loan at 12% over 3 months (EMIs 34002, 34002, 34003) repaid through Mark Processed:
 * partial and full payments, settlements, excess, closure.
 */
class RepaymentTest extends LoansTestBase {

  private String account;
  private String loan;

  @BeforeEach
  void disburse() {
    account = account("term_loan", "500000", "12", 3, "0");
    loan = activeLoan(account, "100000");
  }

  @Test
  void moneyBeforeAnyDueDateIsAllExcess() {
    Exchange processed = repay(account, "5000", null).expect(200);

    assertEquals(rupees("5000"), processed.money("/remaining_amount"));
    assertEquals(loan, processed.text("/loans/0"), "the record now names its account's loan");
    assertEquals(List.of(), settlementsOf(processed.id()));
    assertEquals(rupees("5000"), loan(loan).getExcessAmount());
    JsonNode withExcess =
        api.call(ACME, OperationIds.LIST_LOANS_WITH_EXCESS_BALANCE).send().expect(200).body();
    assertEquals(1, withExcess.path("count").asInt());
  }

  @Test
  void aPartialRepaymentSettlesPenalThenInterestThenPrincipalOfTheDueEmi() {
    runEodUntil(START.plusMonths(1));

    Exchange partial = repay(account, "20000", loan).expect(200);

    assertEquals(rupees("0"), partial.money("/remaining_amount"));
    Emi first = emis(loan).get(0);
    assertEquals(EmiStatus.PARTIALLY_PAID, first.getStatus());
    assertEquals(rupees("14002"), first.getOutstandingAmount());
    List<Settlement> settlements = settlementsOf(partial.id());
    assertEquals(1, settlements.size());
    Settlement settlement = settlements.get(0);
    assertEquals(rupees("20000"), settlement.getAmount());
    assertEquals(rupees("34002"), settlement.getDueAmount());
    assertEquals(rupees("14002"), settlement.getOutstandingAmount());
    assertEquals(rupees("0"), settlement.getRemainingAmount());
    assertEquals(first.getId(), settlement.getDemand());
    assertEquals(BusinessCalendar.dayEnd(START.plusMonths(1)), settlement.getDate());
    // interest (1000) before principal
    assertEquals(
        rupees("1000"),
        first.getComponents().stream()
            .filter(c -> c.getCode().getValue().equals("NI"))
            .findFirst()
            .orElseThrow()
            .getPaidAmount());
    Loan after = loan(loan);
    // 20000 − 1000 of interest leaves 19000 of principal paid
    assertEquals(rupees("81000"), after.getPrincipalOutstanding());
    assertEquals(rupees("81000"), after.getTotalOutstanding());
  }

  @Test
  void moreThanIsDueSettlesTheDueEmiAndKeepsTheRestUntilEodAppliesIt() {
    runEodUntil(START.plusMonths(1));
    Exchange paid = repay(account, "50000", loan).expect(200);
    assertEquals(rupees("15998"), paid.money("/remaining_amount"));
    assertEquals(rupees("15998"), loan(loan).getExcessAmount());

    runEodUntil(START.plusMonths(2));

    assertEquals(rupees("0"), record(paid.id()).getRemainingAmount(), "applied to EMI 2");
    Emi second = emis(loan).get(1);
    assertEquals(rupees("18004"), second.getOutstandingAmount());
    assertEquals(0, second.getDpd(), "paid from excess on its due day, before it turned overdue");
    assertEquals(2, settlementsOf(paid.id()).size());
    BigDecimal settled =
        settlementsOf(paid.id()).stream()
            .map(Settlement::getAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(rupees("50000"), settled);
  }

  @Test
  void payingEverythingOnceItIsDueClosesTheLoanAndFreesTheAccount() {
    runEodUntil(START.plusMonths(3));
    BigDecimal owed =
        api.call(ACME, OperationIds.GET_OUTSTANDING_DATA)
            .id(loan)
            .send()
            .money("/total_outstanding");
    assertTrue(owed.compareTo(rupees("102007")) > 0, "two EMIs overdue accrued charges: " + owed);
    Exchange all = repay(account, owed.toPlainString(), loan).expect(200);

    assertEquals(rupees("0"), all.money("/remaining_amount"));
    assertEquals(3, settlementsOf(all.id()).size());
    Loan closed = loan(loan);
    assertEquals(LoanStatus.CLOSED, closed.getStatus());
    assertEquals(rupees("0"), closed.getTotalOutstanding());
    assertTrue(closed.getClosedAt() != null);
    assertTrue(emis(loan).stream().allMatch(e -> e.getStatus() == EmiStatus.PAID));

    Exchange closedAccount =
        api.call(ACME, OperationIds.CLOSE_ACCOUNT).id(account).send().expect(200);
    assertEquals("closed", closedAccount.text("/status"));
    assertEquals(rupees("500000"), closedAccount.money("/available_line_amount"));
  }

  @Test
  void anAccountStillOwingCannotBeClosed() {
    api.call(ACME, OperationIds.CLOSE_ACCOUNT)
        .id(account)
        .send()
        .expectError(409, "OUTSTANDING_NOT_ZERO");
    assertEquals(LoanStatus.ACTIVE, loan(loan).getStatus());
  }

  @Test
  void listSettlementsFiltersByDemandAndLoanAndExpandsTheRecord() {
    String other = activeLoan(account, "50000");
    runEodUntil(START.plusMonths(1));
    Exchange first = repay(account, "34002", loan).expect(200);
    Exchange second = repay(account, "1000", other).expect(200);

    JsonNode all = api.call(ACME, OperationIds.LIST_SETTLEMENTS).send().expect(200).body();
    assertEquals(2, all.path("count").asInt());

    JsonNode ofLoan =
        api.call(ACME, OperationIds.LIST_SETTLEMENTS).query("loan", loan).send().body();
    assertEquals(1, ofLoan.path("count").asInt());
    assertEquals(first.id(), ofLoan.at("/results/0/record").asText());

    String demand = emis(other).get(0).getId().toString();
    JsonNode ofDemand =
        api.call(ACME, OperationIds.LIST_SETTLEMENTS)
            .query("demand", demand)
            .query("expand", "record")
            .send()
            .expect(200)
            .body();
    assertEquals(1, ofDemand.path("count").asInt());
    JsonNode expanded = ofDemand.at("/results/0/record");
    assertTrue(expanded.isObject(), "the record itself: " + expanded);
    assertEquals(second.id(), expanded.path("id").asText());
    assertEquals("processed", expanded.path("status").asText());
    // the vendor page types both filters as plain strings: one that names nothing is no error
    for (String filter : List.of("loan", "demand")) {
      JsonNode none =
          api.call(ACME, OperationIds.LIST_SETTLEMENTS)
              .query(filter, "CL00A7K2")
              .send()
              .expect(200)
              .body();
      assertEquals(0, none.path("count").asInt(), filter);
    }
    JsonNode upperCase =
        api.call(ACME, OperationIds.LIST_SETTLEMENTS)
            .query("loan", loan.toUpperCase(Locale.ROOT))
            .send()
            .expect(200)
            .body();
    assertEquals(1, upperCase.path("count").asInt(), "a UUID in capitals names the same loan");
    assertFalse(
        api.call(ACME, OperationIds.LIST_SETTLEMENTS)
            .query("loan", loan)
            .query("page", 2)
            .send()
            .body()
            .path("results")
            .elements()
            .hasNext());
  }

  @Test
  void aRecordWithoutLoansSettlesAcrossItsAccountsLoansOldestDueFirst() {
    String later = activeLoan(account, "50000");
    runEodUntil(START.plusMonths(1));
    BigDecimal bothDue =
        emis(loan).get(0).getOutstandingAmount().add(emis(later).get(0).getOutstandingAmount());

    Exchange paid = repay(account, bothDue.toPlainString(), null).expect(200);

    assertEquals(rupees("0"), paid.money("/remaining_amount"));
    assertEquals(2, settlementsOf(paid.id()).size());
    assertEquals(EmiStatus.PAID, emis(loan).get(0).getStatus());
    assertEquals(EmiStatus.PAID, emis(later).get(0).getStatus());
  }

  @Test
  void summaryAndOutstandingAnswerOnTheBusinessDate() {
    runEodUntil(START.plusMonths(1));
    repay(account, "34002", loan).expect(200);

    JsonNode summary =
        api.call(ACME, OperationIds.GET_LOAN_SUMMARY).id(loan).send().expect(200).body();
    assertEquals(1, summary.path("emis_paid").asInt());
    assertEquals(3, summary.path("emis_total").asInt());
    assertEquals(0, summary.path("principal_paid").decimalValue().compareTo(rupees("33002")));
    assertEquals(0, summary.path("interest_paid").decimalValue().compareTo(rupees("1000")));
    assertEquals(
        BusinessCalendar.dayEnd(START.plusMonths(2))
            .compareTo(summary.path("next_due_date").decimalValue()),
        0);
    JsonNode outstanding =
        api.call(ACME, OperationIds.GET_OUTSTANDING_DATA).id(loan).send().expect(200).body();
    assertEquals(
        0, outstanding.path("total_outstanding").decimalValue().compareTo(rupees("66998")));
    assertEquals(0, outstanding.path("due_amount").decimalValue().signum());
    JsonNode accountSummary =
        api.call(ACME, OperationIds.GET_ACCOUNT_SUMMARY).id(account).send().expect(200).body();
    assertEquals(1, accountSummary.path("active_loans_count").asInt());
    assertEquals(
        0, accountSummary.path("total_outstanding").decimalValue().compareTo(rupees("66998")));
  }

  @Test
  void aNachDebitPresentsWhatIsDueAndItsSuccessSettlesIt() {
    runEodUntil(START.plusMonths(1));

    JsonNode presented =
        api.call(ACME, OperationIds.BULK_NACH_REQUEST)
            .body("{\"loan_ids\": [\"" + loan + "\"]}")
            .send()
            .expect(200)
            .body();
    String debit = presented.at("/results/0/id").asText();
    assertEquals(rupees("34002"), record(debit).getAmount(), "EMI 1, not the whole loan");

    Exchange success =
        api.call(ACME, OperationIds.UPDATE_NACH_PRESENTATION_STATUS)
            .id(debit)
            .body("{\"status\": \"success\"}")
            .send()
            .expect(200);

    assertEquals(rupees("0"), success.money("/remaining_amount"));
    assertEquals(EmiStatus.PAID, emis(loan).get(0).getStatus());
  }
}
