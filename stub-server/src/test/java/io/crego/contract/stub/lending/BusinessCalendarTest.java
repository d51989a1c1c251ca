package io.crego.contract.stub.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  @Test
  void aDueDateIsStampedAtTheLastMicrosecondOfTheIndianDay() {
    // the vendor's settlement example carries such a stamp: 1704479399.999999 = 2024-01-05
    // 23:59:59.999999 IST
    assertEquals(
        new BigDecimal("1704479399.999999"), BusinessCalendar.dayEnd(LocalDate.of(2024, 1, 5)));
  }

  @Test
  void theDayOfAStampIsTheIndianDay() {
    assertEquals(
        LocalDate.of(2024, 1, 5), BusinessCalendar.dayOf(new BigDecimal("1704479399.999999")));
    // 2024-06-16T18:30:00Z is already 17 June in India
    assertEquals(LocalDate.of(2024, 6, 17), BusinessCalendar.dayOf(BigDecimal.valueOf(1718562600)));
  }

  @Test
  void daysPastDueCountWholeDaysAfterTheDueDay() {
    LocalDate due = LocalDate.of(2024, 7, 17);
    assertEquals(0, BusinessCalendar.daysPastDue(due, due.minusDays(3)));
    assertEquals(0, BusinessCalendar.daysPastDue(due, due));
    assertEquals(1, BusinessCalendar.daysPastDue(due, due.plusDays(1)));
    assertEquals(90, BusinessCalendar.daysPastDue(due, due.plusDays(90)));
  }

  @Test
  void overdueInterestAccruesPerDayOnA360DayYearToThePaisa() {
    // 33002 overdue at 24% a year: 33002 × 24 / 36000 = 22.001333 → 22.00 a day
    assertEquals(
        new BigDecimal("22.00"),
        Accrual.oneDay(new BigDecimal("33002.00"), new BigDecimal("24"), 360));
    assertEquals(Money.ZERO, Accrual.oneDay(Money.ZERO, new BigDecimal("24"), 360));
  }
}
