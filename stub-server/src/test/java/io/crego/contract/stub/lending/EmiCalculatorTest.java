package io.crego.contract.stub.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmiCalculatorTest {

  private static final LocalDate START = LocalDate.of(2024, 6, 17);

  private static BigDecimal rupees(String value) {
    return new BigDecimal(value).setScale(2);
  }

  @Test
  void reducingBalanceEmiIsTheAmortisedInstalmentToTheRupee() {
    // 1 lakh at 12% a year over 3 months: 1000 × 1.01³ / (1.01³ − 1) = 34002.21
    assertEquals(
        rupees("34002"),
        EmiCalculator.emi(rupees("100000"), new BigDecimal("12"), 3, InterestMethod.REDUCING));
  }

  @Test
  void theSpecsCalculateEmiExampleIsWhatTheCalculatorComputes() {
    JsonNode example = CregoSpec.get().raw().at("/components/examples/EmiCalculation/value");
    List<ScheduleLine> lines =
        EmiCalculator.schedule(
            example.get("principal").decimalValue(),
            example.get("roi_value").decimalValue(),
            example.get("emi_count").intValue(),
            InterestMethod.of(example.get("interest_type").asText()),
            START);
    JsonNode schedule = example.get("schedule");
    assertEquals(schedule.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode expected = schedule.get(i);
      ScheduleLine line = lines.get(i);
      assertEquals(
          0, expected.get("emi_amount").decimalValue().compareTo(line.emiAmount()), "emi " + i);
      assertEquals(
          0,
          expected.get("principal").decimalValue().compareTo(line.principal()),
          "principal " + i);
      assertEquals(
          0, expected.get("interest").decimalValue().compareTo(line.interest()), "interest " + i);
      assertEquals(
          0,
          expected
              .get("due_date")
              .decimalValue()
              .compareTo(BusinessCalendar.dayEnd(line.dueDate())),
          "due date " + i);
    }
  }

  @Test
  void flatInterestIsSpreadEvenlyAndTheLastInstalmentTakesTheRest() {
    List<ScheduleLine> lines =
        EmiCalculator.schedule(
            rupees("100000"), new BigDecimal("12"), 12, InterestMethod.FLAT, START);
    // total interest 12000 → 1000 a month; EMI (100000 + 12000) / 12 = 9333.33 → 9333
    assertEquals(rupees("9333"), lines.get(0).emiAmount());
    assertEquals(rupees("1000"), lines.get(0).interest());
    assertEquals(rupees("8337"), lines.get(11).principal());
    assertEquals(rupees("9337"), lines.get(11).emiAmount());
  }

  @Test
  void aZeroRateSplitsThePrincipal() {
    List<ScheduleLine> lines =
        EmiCalculator.schedule(rupees("1000"), BigDecimal.ZERO, 3, InterestMethod.REDUCING, START);
    assertEquals(
        List.of(rupees("333"), rupees("333"), rupees("334")),
        lines.stream().map(ScheduleLine::principal).toList());
  }

  @Test
  void dueDatesFallMonthlyOnTheSameDayOrTheMonthsLastDay() {
    List<ScheduleLine> lines =
        EmiCalculator.schedule(
            rupees("3000"), BigDecimal.ONE, 3, InterestMethod.REDUCING, LocalDate.of(2024, 1, 31));
    assertEquals(
        List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 30)),
        lines.stream().map(ScheduleLine::dueDate).toList());
  }

  @Test
  void everyScheduleRepaysThePrincipalExactlyAndNeverGoesNegative() {
    Random random = new Random(20241122);
    for (int run = 0; run < 2_000; run++) {
      BigDecimal principal = BigDecimal.valueOf(1_000 + random.nextInt(5_000_000)).setScale(2);
      BigDecimal rate = BigDecimal.valueOf(random.nextInt(3_600), 2); // 0.00 % .. 35.99 %
      int count = 1 + random.nextInt(84);
      InterestMethod method = random.nextBoolean() ? InterestMethod.REDUCING : InterestMethod.FLAT;
      List<ScheduleLine> lines = EmiCalculator.schedule(principal, rate, count, method, START);
      String terms = principal + " at " + rate + "% × " + count + " " + method;
      assertEquals(
          principal,
          lines.stream().map(ScheduleLine::principal).reduce(BigDecimal.ZERO, BigDecimal::add),
          "principal repaid, " + terms);
      assertEquals(0, lines.get(count - 1).closingPrincipal().signum(), "closing, " + terms);
      for (ScheduleLine line : lines) {
        assertTrue(
            line.principal().signum() >= 0 && line.interest().signum() >= 0,
            terms + " line " + line);
        assertEquals(line.emiAmount(), line.principal().add(line.interest()), terms);
      }
    }
  }

  @Test
  void refusesTermsThatMakeNoLoan() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EmiCalculator.emi(BigDecimal.ZERO, BigDecimal.TEN, 12, InterestMethod.REDUCING));
    assertThrows(
        IllegalArgumentException.class,
        () -> EmiCalculator.emi(BigDecimal.TEN, BigDecimal.TEN, 0, InterestMethod.REDUCING));
  }
}
