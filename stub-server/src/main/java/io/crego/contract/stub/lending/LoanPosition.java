package io.crego.contract.stub.lending;

import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.Loan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan's outstanding, rebuilt from its EMIs and fees on a business date: principal still unpaid
 * (due or not), interest of EMIs already due, overdue and penal interest charged, fees, and the DPD
 * of its oldest unpaid due demand. The loan's {@code total_outstanding} reaching zero is what
 * closes it.
 *
 * @param dueAmount what is due on the business date and unpaid: EMIs due (on or before it) and fees
 *     due
 * @param overdueAmount the part of {@code dueAmount} that is past its due day
 */
public record LoanPosition(
    BigDecimal principalOutstanding,
    BigDecimal interestOutstanding,
    BigDecimal overdueInterest,
    BigDecimal penalInterest,
    BigDecimal feesOutstanding,
    BigDecimal dueAmount,
    int dpd,
    BigDecimal overdueAmount) {

  /** With fees given as one amount, all of it due. */
  public static LoanPosition of(
      List<Emi> emis, BigDecimal feesOutstanding, LocalDate businessDate) {
    BigDecimal fees = Money.paise(feesOutstanding);
    return of(emis, fees, fees, Money.ZERO, 0, businessDate);
  }

  /** With the loan's fees, each owing from its own due day. */
  public static LoanPosition of(List<Emi> emis, List<Fee> fees, LocalDate businessDate) {
    BigDecimal owed = Money.ZERO;
    BigDecimal due = Money.ZERO;
    BigDecimal pastDue = Money.ZERO;
    int dpd = 0;
    for (Fee fee : fees) {
      BigDecimal outstanding = FeeLedger.outstanding(fee);
      owed = owed.add(outstanding);
      if (FeeLedger.isPayable(fee, businessDate)) {
        due = due.add(outstanding);
        int late = FeeLedger.dpd(fee, businessDate);
        dpd = Math.max(dpd, late);
        pastDue = late > 0 ? pastDue.add(outstanding) : pastDue;
      }
    }
    return of(emis, owed, due, pastDue, dpd, businessDate);
  }

  private static LoanPosition of(
      List<Emi> emis,
      BigDecimal feesOutstanding,
      BigDecimal feesDue,
      BigDecimal feesPastDue,
      int feesDpd,
      LocalDate businessDate) {
    BigDecimal principal = Money.ZERO;
    BigDecimal interest = Money.ZERO;
    BigDecimal overdue = Money.ZERO;
    BigDecimal penal = Money.ZERO;
    BigDecimal due = feesDue;
    BigDecimal pastDue = feesPastDue;
    int dpd = feesDpd;
    for (Emi emi : emis) {
      principal = principal.add(EmiLedger.outstanding(emi, Component.P));
      overdue = overdue.add(EmiLedger.outstanding(emi, Component.OI));
      penal = penal.add(EmiLedger.outstanding(emi, Component.PI));
      if (EmiLedger.isDue(emi, businessDate)) {
        interest = interest.add(EmiLedger.outstanding(emi, Component.NI));
        due = due.add(emi.getOutstandingAmount());
        if (emi.getOutstandingAmount().signum() > 0) {
          int late = BusinessCalendar.daysPastDue(EmiLedger.dueDay(emi), businessDate);
          dpd = Math.max(dpd, late);
          pastDue = late > 0 ? pastDue.add(emi.getOutstandingAmount()) : pastDue;
        }
      }
    }
    return new LoanPosition(
        principal, interest, overdue, penal, feesOutstanding, due, dpd, pastDue);
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
