package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiStatus;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.emis.EmiHandlers;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.records.HandlerHarness;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Run EOD: the business date, ageing, DPD, charges, excess, and the other areas' steps. */
class EndOfDayTest extends LoansTestBase {

  @Test
  void eodRollsTheBusinessDateOneDay() {
    JsonNode result = runEod();

    assertEquals(START.plusDays(1), businessDate());
    assertEquals(BusinessCalendar.dayStart(START), result.path("previous_business_date").asLong());
    assertEquals(
        BusinessCalendar.dayStart(START.plusDays(1)), result.path("business_date").asLong());
    assertEquals(0, result.path("loans_processed").asInt());
  }

  @Test
  void ninetyDaysAfterAnUnpaidDueDateTheLoanShowsDpdNinetyAndHasAccruedCharges() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = activeLoan(account, "100000");
    LocalDate firstDue = START.plusMonths(1);

    runEodUntil(firstDue.plusDays(90));

    Loan late = loan(loan);
    assertEquals(90, late.getDpd());
    assertEquals(90, late.getPeakDpd());
    Emi first = emis(loan).get(0);
    assertEquals(EmiStatus.DUE, first.getStatus());
    assertEquals(90, first.getDpd());
    // overdue interest at 24%/360 a day on EMI 1's principal 33002: 22.00 a day
    assertTrue(
        late.getOverdueInterest().compareTo(rupees("22.00").multiply(BigDecimal.valueOf(90))) > 0);
    assertTrue(late.getPenalInterest().signum() > 0);
    JsonNode outstanding =
        api.call(ACME, OperationIds.GET_OUTSTANDING_DATA).id(loan).send().expect(200).body();
    assertEquals(90, outstanding.path("dpd").asInt());
    assertEquals(
        0,
        outstanding.path("total_outstanding").decimalValue().compareTo(late.getTotalOutstanding()));
    JsonNode summary =
        api.call(ACME, OperationIds.GET_LOAN_SUMMARY).id(loan).send().expect(200).body();
    assertEquals(3, summary.path("emis_overdue").asInt());
  }

  @Test
  void aDayOfEodChargesOverdueAndPenalInterestAtTheLoanParametersRates() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = activeLoan(account, "100000");
    runEodUntil(START.plusMonths(1));
    assertEquals(0, loan(loan).getDpd(), "due today, not yet overdue");

    JsonNode result = runEod();

    assertEquals(1, result.path("loans_processed").asInt());
    assertTrue(result.path("emis_updated").asInt() >= 1);
    Emi first = emis(loan).get(0);
    assertEquals(1, first.getDpd());
    // 33002 × 24% / 360 = 22.00; (33002 + 1000) × 36% / 360 = 34.00
    assertEquals(rupees("22.00"), component(first, "OI"));
    assertEquals(rupees("34.00"), component(first, "PI"));
  }

  @Test
  void eodAppliesExcessAndReportsIt() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = activeLoan(account, "100000");
    Exchange advance = repay(account, "40000", loan).expect(200);
    runEodUntil(START.plusMonths(1).minusDays(1));

    JsonNode result = runEod();

    assertEquals(0, result.path("excess_applied").decimalValue().compareTo(rupees("34002")));
    assertEquals(rupees("5998"), record(advance.id()).getRemainingAmount());
    assertEquals(EmiStatus.PAID, emis(loan).get(0).getStatus());
    assertEquals(rupees("5998"), loan(loan).getExcessAmount());
  }

  @Test
  void theOtherAreasStepsRunWithTheNewDateInTheSameUnitOfWork() {
    List<LocalDate> seen = new ArrayList<>();
    HandlerHarness withStep =
        new HandlerHarness(
            new EmiHandlers(store, lending, List.of((tx, day, now) -> seen.add(day))));

    withStep.call(ACME, OperationIds.RUN_EOD).send().expect(200);

    assertEquals(List.of(START.plusDays(1)), seen);
  }

  private static BigDecimal component(Emi emi, String code) {
    return emi.getComponents().stream()
        .filter(c -> c.getCode().getValue().equals(code))
        .findFirst()
        .orElseThrow()
        .getOutstandingAmount();
  }
}
