package io.crego.contract.stub.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiStatus;
import io.crego.contract.spec.model.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A loan's EMIs walked through payments and days, with the lending layer only. */
class LoanLedgerTest {

  private static final LocalDate DISBURSED = LocalDate.of(2024, 6, 17);
  private static final LocalDate FIRST_DUE = LocalDate.of(2024, 7, 17);
  private static final BigDecimal NOW = new BigDecimal("1718562600.5");
  private static final EndOfDay.ChargeRates RATES =
      new EndOfDay.ChargeRates(new BigDecimal("24"), new BigDecimal("36"), 360);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static BigDecimal rupees(String value) {
    return new BigDecimal(value).setScale(2);
  }

  private static List<Emi> threeMonthLoan() {
    return LoanSchedule.emis(
        UUID.randomUUID(),
        UUID.randomUUID(),
        rupees("100000"),
        new BigDecimal("12"),
        3,
        InterestMethod.REDUCING,
        DISBURSED,
        1,
        UUID::randomUUID,
        NOW);
  }

  @Test
  void theEmisAreValidSpecDocuments() {
    for (Emi emi : threeMonthLoan()) {
      JsonNode json = JSON.valueToTree(emi);
      assertEquals(
          List.of(), CregoSpec.get().validator().validate("#/components/schemas/Emi", json));
    }
  }

  @Test
  void moneyBeforeTheDueDayStaysExcess() {
    List<Emi> emis = threeMonthLoan();
    LoanSettlement.Outcome outcome =
        LoanSettlement.settle(
            rupees("50000"),
            UUID.randomUUID(),
            emis,
            FIRST_DUE.minusDays(1),
            UUID::randomUUID,
            NOW);
    assertEquals(List.of(), outcome.settlements());
    assertEquals(rupees("50000"), outcome.remaining());
  }

  @Test
  void aPaymentOnTheDueDaySettlesThatEmiAndKeepsTheRestAsExcess() {
    List<Emi> emis = threeMonthLoan();
    UUID record = UUID.randomUUID();
    LoanSettlement.Outcome outcome =
        LoanSettlement.settle(rupees("50000"), record, emis, FIRST_DUE, UUID::randomUUID, NOW);

    assertEquals(1, outcome.settlements().size());
    Settlement settlement = outcome.settlements().get(0);
    assertEquals(rupees("34002"), settlement.getAmount());
    assertEquals(rupees("15998"), settlement.getRemainingAmount());
    assertEquals(rupees("34002"), settlement.getDueAmount());
    assertEquals(Money.ZERO, settlement.getOutstandingAmount());
    assertEquals(record, settlement.getRecord().getActualInstance());
    assertEquals(rupees("15998"), outcome.remaining());
    assertEquals(EmiStatus.PAID, emis.get(0).getStatus());
    assertEquals(
        rupees("66998"), LoanPosition.of(emis, Money.ZERO, FIRST_DUE).principalOutstanding());
  }

  @Test
  void ninetyDaysOfEodOnAnUnpaidEmiShowDpdNinetyAndAccrueCharges() {
    List<Emi> emis = threeMonthLoan();
    LocalDate day = FIRST_DUE;
    for (int i = 0; i < 90; i++) {
      day = day.plusDays(1);
      EndOfDay.run(emis, RATES, day, NOW);
    }
    LoanPosition position = LoanPosition.of(emis, Money.ZERO, day);
    assertEquals(90, position.dpd());
    assertEquals(90, emis.get(0).getPeakDpd());
    // overdue interest at 24%/360 on each EMI's principal: EMI 1 (33002 → 22.00 a day) is 90 days
    // late, EMI 2 (33332 → 22.22) fell due 31 days later and is 59 days late, EMI 3 (33666 →
    // 22.44) is 28 days late
    BigDecimal expected =
        new BigDecimal("22.00")
            .multiply(BigDecimal.valueOf(90))
            .add(new BigDecimal("22.22").multiply(BigDecimal.valueOf(59)))
            .add(new BigDecimal("22.44").multiply(BigDecimal.valueOf(28)));
    assertEquals(expected, position.overdueInterest());
    assertTrue(position.penalInterest().signum() > 0);
    assertEquals(EmiStatus.DUE, emis.get(0).getStatus());
    assertEquals(28, emis.get(2).getDpd());
  }

  @Test
  void paidEmisKeepTheirPeakDpd() {
    List<Emi> emis = threeMonthLoan();
    LocalDate day = FIRST_DUE.plusDays(10);
    EndOfDay.run(emis, RATES, day, NOW);
    LoanSettlement.settle(
        emis.get(0).getOutstandingAmount(), UUID.randomUUID(), emis, day, UUID::randomUUID, NOW);
    EndOfDay.run(emis, RATES, day.plusDays(1), NOW);
    assertEquals(0, emis.get(0).getDpd());
    assertEquals(10, emis.get(0).getPeakDpd());
  }

  @Test
  void repayingEveryEmiOnItsDueDayBringsTheOutstandingToZero() {
    List<Emi> emis = threeMonthLoan();
    for (Emi emi : List.copyOf(emis)) {
      LocalDate due = EmiLedger.dueDay(emi);
      LoanSettlement.settle(
          emi.getOutstandingAmount(), UUID.randomUUID(), emis, due, UUID::randomUUID, NOW);
    }
    LoanPosition position = LoanPosition.of(emis, Money.ZERO, FIRST_DUE.plusMonths(2));
    assertEquals(Money.ZERO, position.totalOutstanding());
    assertEquals(0, position.dpd());
  }

  @Test
  void randomPaymentsNeverOverSettleAndConserveEveryPaisa() {
    Random random = new Random(7);
    for (int run = 0; run < 300; run++) {
      List<Emi> emis = threeMonthLoan();
      LocalDate day = DISBURSED;
      BigDecimal paidIn = Money.ZERO;
      BigDecimal settledOrLeft = Money.ZERO;
      for (int step = 0; step < 12; step++) {
        day = day.plusDays(random.nextInt(20));
        EndOfDay.run(emis, RATES, day, NOW);
        BigDecimal payment = BigDecimal.valueOf(random.nextInt(4_000_000), 2);
        LoanSettlement.Outcome outcome =
            LoanSettlement.settle(payment, UUID.randomUUID(), emis, day, UUID::randomUUID, NOW);
        paidIn = paidIn.add(payment);
        settledOrLeft = settledOrLeft.add(outcome.settled()).add(outcome.remaining());
        for (Emi emi : emis) {
          assertTrue(emi.getOutstandingAmount().signum() >= 0, "over-settled " + emi.getId());
          for (var part : emi.getComponents()) {
            assertEquals(
                part.getAmount(),
                part.getPaidAmount().add(part.getOutstandingAmount()),
                "component balance");
          }
        }
      }
      assertEquals(paidIn, settledOrLeft, "run " + run);
    }
  }
}
