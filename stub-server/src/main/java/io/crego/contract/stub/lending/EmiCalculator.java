package io.crego.contract.stub.lending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * EMIs and repayment schedules, monthly.
 *
 * <ul>
 *   <li>Reducing balance: {@code EMI = P·r·(1+r)^n / ((1+r)^n − 1)}, {@code r} = annual rate / 12 /
 *       100; each instalment's interest is the opening principal × {@code r}.
 *   <li>Flat: {@code EMI = (P + P · rate/100 · n/12) / n}; the interest is spread evenly.
 * </ul>
 *
 * Every amount is rounded to the rupee. The last instalment takes whatever principal is left, so
 * the principal parts add up to the loan's principal exactly.
 */
public final class EmiCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private EmiCalculator() {}

  /** The EMI of a loan, to the rupee. */
  public static BigDecimal emi(
      BigDecimal principal, BigDecimal annualRatePercent, int count, InterestMethod method) {
    requireTerms(principal, annualRatePercent, count);
    BigDecimal n = BigDecimal.valueOf(count);
    if (method == InterestMethod.FLAT) {
      BigDecimal interest =
          principal
              .multiply(annualRatePercent)
              .multiply(n)
              .divide(HUNDRED.multiply(TWELVE), Money.PRECISION);
      return Money.rupees(principal.add(interest).divide(n, Money.PRECISION));
    }
    BigDecimal r = monthlyRate(annualRatePercent);
    if (r.signum() == 0) {
      return Money.rupees(principal.divide(n, Money.PRECISION));
    }
    BigDecimal growth = BigDecimal.ONE.add(r).pow(count, Money.PRECISION);
    BigDecimal emi =
        principal
            .multiply(r)
            .multiply(growth)
            .divide(growth.subtract(BigDecimal.ONE), Money.PRECISION);
    return Money.rupees(emi);
  }

  /**
   * The full schedule; the first instalment falls due one month after {@code start}, the next ones
   * a month apart on the same day of the month (the month's last day when it is shorter).
   */
  public static List<ScheduleLine> schedule(
      BigDecimal principal,
      BigDecimal annualRatePercent,
      int count,
      InterestMethod method,
      LocalDate start) {
    BigDecimal emi = emi(principal, annualRatePercent, count, method);
    BigDecimal flatInterest =
        method == InterestMethod.FLAT
            ? flatInterestPerInstalment(principal, annualRatePercent, count)
            : null;
    BigDecimal r = monthlyRate(annualRatePercent);
    List<ScheduleLine> lines = new ArrayList<>(count);
    BigDecimal opening = Money.paise(principal);
    for (int index = 1; index <= count; index++) {
      BigDecimal interest =
          method == InterestMethod.FLAT
              ? flatInterest
              : Money.rupees(opening.multiply(r, Money.PRECISION));
      boolean last = index == count;
      BigDecimal principalPart =
          last ? opening : Money.min(opening, emi.subtract(interest).max(Money.ZERO));
      BigDecimal closing = Money.paise(opening.subtract(principalPart));
      lines.add(
          new ScheduleLine(
              index,
              start.plusMonths(index),
              Money.paise(principalPart.add(interest)),
              Money.paise(principalPart),
              Money.paise(interest),
              opening,
              closing));
      opening = closing;
    }
    return lines;
  }

  private static BigDecimal flatInterestPerInstalment(
      BigDecimal principal, BigDecimal annualRatePercent, int count) {
    BigDecimal total =
        principal
            .multiply(annualRatePercent)
            .multiply(BigDecimal.valueOf(count))
            .divide(HUNDRED.multiply(TWELVE), Money.PRECISION);
    return Money.rupees(total.divide(BigDecimal.valueOf(count), Money.PRECISION));
  }

  private static BigDecimal monthlyRate(BigDecimal annualRatePercent) {
    return annualRatePercent.divide(HUNDRED.multiply(TWELVE), Money.PRECISION);
  }

  private static void requireTerms(BigDecimal principal, BigDecimal annualRatePercent, int count) {
    if (principal.signum() <= 0) {
      throw new IllegalArgumentException("principal must be positive: " + principal);
    }
    if (annualRatePercent.signum() < 0) {
      throw new IllegalArgumentException("rate must not be negative: " + annualRatePercent);
    }
    if (count < 1) {
      throw new IllegalArgumentException("EMI count must be at least 1: " + count);
    }
  }
}
