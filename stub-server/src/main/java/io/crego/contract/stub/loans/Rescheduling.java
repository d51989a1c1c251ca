package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.lending.Component;
import io.crego.contract.stub.lending.EmiLedger;
import io.crego.contract.stub.lending.InterestMethod;
import io.crego.contract.stub.lending.LoanSchedule;
import io.crego.contract.stub.lending.Rupees;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Rebuilds the future of a loan's schedule (Restructure, a tranche paid out): EMIs already due on
 * the business date, and any with money paid against them, are kept as they are; the EMIs still to
 * come are replaced by a new schedule over their principal (plus any new principal), the first due
 * one month after the business date.
 */
final class Rescheduling {

  private Rescheduling() {}

  /** The EMIs a rebuild would replace: not yet due, nothing paid. */
  static List<Emi> future(LoanFile file, LocalDate businessDate) {
    return file.emis().stream()
        .filter(emi -> !EmiLedger.isDue(emi, businessDate))
        .filter(emi -> emi.getPaidAmount().signum() == 0)
        .toList();
  }

  /** The principal of the EMIs still to come. */
  static BigDecimal futurePrincipal(LoanFile file, LocalDate businessDate) {
    BigDecimal principal = Rupees.ZERO;
    for (Emi emi : future(file, businessDate)) {
      principal = Rupees.add(principal, EmiLedger.outstanding(emi, Component.P));
    }
    return principal;
  }

  /**
   * Replaces the future EMIs by {@code count} new ones over their principal plus {@code
   * extraPrincipal}, and brings the loan's terms along (rate, method, EMI count and amount,
   * maturity). The caller makes sure there is principal to spread.
   *
   * @return the new EMIs
   */
  static List<Emi> rebuildFuture(
      LoanFile file,
      BigDecimal extraPrincipal,
      int count,
      BigDecimal annualRatePercent,
      InterestMethod method,
      LocalDate businessDate,
      BigDecimal now) {
    List<Emi> future = future(file, businessDate);
    BigDecimal principal = Rupees.add(futurePrincipal(file, businessDate), extraPrincipal);
    int kept = file.emis().size() - future.size();
    Loan loan = file.loan();
    List<Emi> fresh =
        LoanSchedule.emis(
            loan.getId(),
            loan.getAccount(),
            principal,
            annualRatePercent,
            count,
            method,
            businessDate,
            kept + 1,
            RefIds::newId,
            now);
    file.replaceEmis(future, fresh);
    loan.roiValue(annualRatePercent)
        .emiCount(kept + count)
        .emiAmount(fresh.get(0).getEmiAmount())
        .maturityDate(fresh.get(fresh.size() - 1).getDueDate());
    if (kept == 0) {
      loan.firstDueDate(fresh.get(0).getDueDate());
    }
    return fresh;
  }
}
