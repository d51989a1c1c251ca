package io.crego.contract.stub.seed;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.InterestType;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.domain.Kinds;
import io.crego.contract.stub.domain.RefIds;
import io.crego.contract.stub.domain.Rupees;
import io.crego.contract.stub.domain.Sequences;
import io.crego.contract.stub.lending.EmiCalculator;
import io.crego.contract.stub.lending.EndOfDay;
import io.crego.contract.stub.lending.InterestMethod;
import io.crego.contract.stub.lending.LoanPosition;
import io.crego.contract.stub.lending.LoanSchedule;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's loans. Active ones get their EMIs from the lending layer and live through each day
 * since disbursement (the end of day ages EMIs and charges overdue and penal interest), so their
 * figures are what the stub's own engine would show.
 */
final class DemoLoans {

  /** Overdue 24% and penal 36% a year on a 360-day year, as the spec's example loan parameters. */
  static final EndOfDay.ChargeRates RATES =
      new EndOfDay.ChargeRates(new BigDecimal("24"), new BigDecimal("36"), 360);

  /** A disbursed loan and its EMIs, lived through up to {@code agedTo}. */
  static final class Drawn {
    private final Loan loan;
    private final List<Emi> emis;
    private LocalDate agedTo;

    private Drawn(Loan loan, List<Emi> emis, LocalDate agedTo) {
      this.loan = loan;
      this.emis = emis;
      this.agedTo = agedTo;
    }

    Loan loan() {
      return loan;
    }

    /** The EMIs in schedule order; settling money changes them in place. */
    List<Emi> emis() {
      return emis;
    }
  }

  private final StoreTransaction tx;
  private final DemoClock clock;

  DemoLoans(StoreTransaction tx, DemoClock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * An active loan disbursed {@code daysAgo} days ago, stored at once (so it keeps its place in
   * insertion order) and again by {@link #finish}.
   */
  Drawn disbursed(Account account, String principal, String annualRate, int count, int daysAgo) {
    LocalDate disbursed = clock.daysAgo(daysAgo);
    BigDecimal disbursedAt = clock.at(disbursed, 11, 30);
    Loan loan = terms(account, principal, annualRate, count, clock.at(disbursed, 10, 15));
    List<Emi> emis =
        LoanSchedule.emis(
            loan.getId(),
            account.getId(),
            loan.getPrincipalAmount(),
            loan.getRoiValue(),
            count,
            InterestMethod.REDUCING,
            disbursed,
            1,
            RefIds::newId,
            disbursedAt);
    loan.status(LoanStatus.ACTIVE)
        .disbursedAmount(loan.getPrincipalAmount())
        .disbursementDate(disbursedAt)
        .firstDueDate(emis.get(0).getDueDate())
        .maturityDate(emis.get(count - 1).getDueDate())
        .principalOutstanding(loan.getPrincipalAmount())
        .totalOutstanding(loan.getPrincipalAmount())
        .updatedAt(disbursedAt);
    Drawn drawn = new Drawn(loan, emis, disbursed);
    put(drawn);
    return drawn;
  }

  /** Runs the end of every day after the last one aged, up to and including {@code day}. */
  void ageTo(Drawn drawn, LocalDate day) {
    for (LocalDate next = drawn.agedTo.plusDays(1); !next.isAfter(day); next = next.plusDays(1)) {
      EndOfDay.run(drawn.emis, RATES, next, clock.at(next, 1, 0));
    }
    drawn.agedTo = day;
  }

  /** Brings the loan to today and stores it with its outstanding rebuilt from its EMIs. */
  Loan finish(Drawn drawn) {
    ageTo(drawn, clock.today());
    LoanPosition.of(drawn.emis, Rupees.ZERO, clock.today()).applyTo(drawn.loan, clock.now());
    put(drawn);
    return drawn.loan;
  }

  /** A loan asked for but not yet disbursed: nothing owed, no dates. */
  Loan requested(Account account, String principal, String annualRate, int count, int daysAgo) {
    Loan loan = terms(account, principal, annualRate, count, clock.daysAgo(daysAgo, 16, 40));
    return put(loan.status(LoanStatus.REQUESTED));
  }

  /** A loan repaid in full and closed; its EMIs are history the demo leaves out. */
  Loan closed(
      Account account,
      String principal,
      String annualRate,
      int count,
      int disbursedDaysAgo,
      BigDecimal closedAt) {
    LocalDate disbursed = clock.daysAgo(disbursedDaysAgo);
    BigDecimal disbursedAt = clock.at(disbursed, 12, 0);
    Loan loan = terms(account, principal, annualRate, count, clock.at(disbursed, 10, 0));
    return put(
        loan.status(LoanStatus.CLOSED)
            .disbursedAmount(loan.getPrincipalAmount())
            .disbursementDate(disbursedAt)
            .closedAt(closedAt)
            .updatedAt(closedAt));
  }

  private Loan terms(
      Account account, String principal, String annualRate, int count, BigDecimal createdAt) {
    BigDecimal amount = Rupees.of(principal);
    BigDecimal rate = new BigDecimal(annualRate);
    return new Loan()
        .id(RefIds.newId())
        .createdAt(createdAt)
        .updatedAt(createdAt)
        .refId(RefIds.loan(Sequences.next(tx, Sequences.LOANS)))
        .account(account.getId())
        .topup(null)
        .principalAmount(amount)
        .disbursedAmount(Rupees.ZERO)
        .roiValue(rate)
        .interestType(InterestType.REDUCING)
        .emiCount(count)
        .emiAmount(EmiCalculator.emi(amount, rate, count, InterestMethod.REDUCING))
        .emiFrequency(Loan.EmiFrequencyEnum.MONTHLY)
        .disbursementDate(null)
        .firstDueDate(null)
        .maturityDate(null)
        .principalOutstanding(Rupees.ZERO)
        .interestOutstanding(Rupees.ZERO)
        .overdueInterest(Rupees.ZERO)
        .penalInterest(Rupees.ZERO)
        .totalOutstanding(Rupees.ZERO)
        .excessAmount(Rupees.ZERO)
        .dpd(0)
        .peakDpd(0)
        .closedAt(null);
  }

  private void put(Drawn drawn) {
    put(drawn.loan);
    drawn.emis.forEach(emi -> tx.put(Kinds.EMIS, emi.getId().toString(), emi));
  }

  private Loan put(Loan loan) {
    tx.put(Kinds.LOANS, loan.getId().toString(), loan);
    return loan;
  }
}
