package io.crego.contract.stub.lending;

import io.crego.contract.spec.model.Emi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The per-loan part of EOD after the business date has rolled to {@code newDate}: EMIs whose due
 * day has come turn {@code due}, DPD and peak DPD move, and every EMI that is past due accrues one
 * day of overdue interest (on its unpaid principal, at the overdue rate) and of penal interest (on
 * its unpaid principal and interest, at the penal rate). Applying excess to due EMIs comes first
 * and is the caller's step, because the excess belongs to records.
 */
public final class EndOfDay {

  /**
   * Rates EOD charges, per year, percent.
   *
   * @param overdueRatePercent overdue interest rate
   * @param penalRatePercent penal interest rate
   * @param daysInYear day-count basis (the platform's loan parameters say 360)
   */
  public record ChargeRates(
      BigDecimal overdueRatePercent, BigDecimal penalRatePercent, int daysInYear) {}

  private EndOfDay() {}

  /** Ages and charges the EMIs; returns how many changed. */
  public static int run(List<Emi> loanEmis, ChargeRates rates, LocalDate newDate, BigDecimal now) {
    int changed = 0;
    for (Emi emi : loanEmis) {
      String before = emi.getStatus() + "/" + emi.getDpd() + "/" + emi.getOutstandingAmount();
      EmiLedger.age(emi, newDate, now);
      if (emi.getDpd() > 0) {
        BigDecimal principal = EmiLedger.outstanding(emi, Component.P);
        BigDecimal instalment = principal.add(EmiLedger.outstanding(emi, Component.NI));
        EmiLedger.charge(
            emi,
            Component.OI,
            Accrual.oneDay(principal, rates.overdueRatePercent(), rates.daysInYear()),
            now);
        EmiLedger.charge(
            emi,
            Component.PI,
            Accrual.oneDay(instalment, rates.penalRatePercent(), rates.daysInYear()),
            now);
      }
      String after = emi.getStatus() + "/" + emi.getDpd() + "/" + emi.getOutstandingAmount();
      if (!before.equals(after)) {
        changed++;
      }
    }
    return changed;
  }
}
