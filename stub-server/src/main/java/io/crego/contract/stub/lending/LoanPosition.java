package io.crego.contract.stub.lending;

import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Loan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan's outstanding, rebuilt from its EMIs on a business date: principal still unpaid (due or
 * not), interest of EMIs already due, overdue and penal interest charged, fees, and the DPD of its
 * oldest unpaid due EMI. The loan's {@code total_outstanding} reaching zero is what closes it.
 */
public record LoanPosition(
    BigDecimal principalOutstanding,
    BigDecimal interestOutstanding,
    BigDecimal overdueInterest,
    BigDecimal penalInterest,
    BigDecimal feesOutstanding,
    BigDecimal dueAmount,
    int dpd) {

  public static LoanPosition of(
      List<Emi> emis, BigDecimal feesOutstanding, LocalDate businessDate) {
    BigDecimal principal = Money.ZERO;
    BigDecimal interest = Money.ZERO;
    BigDecimal overdue = Money.ZERO;
    BigDecimal penal = Money.ZERO;
    BigDecimal due = Money.ZERO;
    int dpd = 0;
    for (Emi emi : emis) {
      principal = principal.add(EmiLedger.outstanding(emi, Component.P));
      overdue = overdue.add(EmiLedger.outstanding(emi, Component.OI));
      penal = penal.add(EmiLedger.outstanding(emi, Component.PI));
      if (EmiLedger.isDue(emi, businessDate)) {
        interest = interest.add(EmiLedger.outstanding(emi, Component.NI));
        due = due.add(emi.getOutstandingAmount());
        if (emi.getOutstandingAmount().signum() > 0) {
          dpd = Math.max(dpd, BusinessCalendar.daysPastDue(EmiLedger.dueDay(emi), businessDate));
        }
      }
    }
    return new LoanPosition(
        principal,
        interest,
        overdue,
        penal,
        Money.paise(feesOutstanding),
        due.add(feesOutstanding),
        dpd);
  }

  public BigDecimal totalOutstanding() {
    return principalOutstanding
        .add(interestOutstanding)
        .add(overdueInterest)
        .add(penalInterest)
        .add(feesOutstanding);
  }

  /** Writes the position onto the loan document; peak DPD only ever grows. */
  public void applyTo(Loan loan, BigDecimal now) {
    loan.principalOutstanding(principalOutstanding)
        .interestOutstanding(interestOutstanding)
        .overdueInterest(overdueInterest)
        .penalInterest(penalInterest)
        .totalOutstanding(totalOutstanding())
        .dpd(dpd)
        .peakDpd(Math.max(loan.getPeakDpd() == null ? 0 : loan.getPeakDpd(), dpd))
        .updatedAt(now);
  }
}
