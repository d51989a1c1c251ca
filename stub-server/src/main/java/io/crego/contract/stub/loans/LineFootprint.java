package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.AccountType;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.lending.Rupees;
import java.math.BigDecimal;

/**
 * What one loan takes of its account's line ({@code approved = available + used + blocked}):
 *
 * <ul>
 *   <li>a loan not yet disbursed ({@code draft}, {@code requested}, or {@code failed} and waiting
 *       for a retry) blocks its whole principal;
 *   <li>a disbursed loan ({@code active}, {@code written_off}) uses its principal: on a credit line
 *       the principal still outstanding, so every rupee of principal repaid frees the line at once;
 *       on a term loan what was disbursed, freed only when the loan closes. Sanctioned principal
 *       not yet disbursed (tranches to come) stays blocked;
 *   <li>any other loan (rejected, closed, …) takes nothing.
 * </ul>
 *
 * A change to a loan moves its account's line by the difference of its footprints, so the loans
 * domain never overwrites what others (a waiting topup's block) hold on the same line.
 */
record LineFootprint(BigDecimal used, BigDecimal blocked) {

  static final LineFootprint NONE = new LineFootprint(Rupees.ZERO, Rupees.ZERO);

  static LineFootprint of(Loan loan, AccountType accountType) {
    BigDecimal principal = Rupees.orZero(loan.getPrincipalAmount());
    BigDecimal disbursed = Rupees.orZero(loan.getDisbursedAmount());
    return switch (loan.getStatus()) {
      case DRAFT, REQUESTED, FAILED -> new LineFootprint(Rupees.ZERO, principal);
      case ACTIVE, WRITTEN_OFF ->
          new LineFootprint(
              accountType == AccountType.CREDIT_LINE
                  ? Rupees.orZero(loan.getPrincipalOutstanding())
                  : disbursed,
              Rupees.subtract(principal, disbursed).max(Rupees.ZERO));
      default -> NONE;
    };
  }

  LineFootprint plus(LineFootprint other) {
    return new LineFootprint(Rupees.add(used, other.used), Rupees.add(blocked, other.blocked));
  }

  LineFootprint minus(LineFootprint other) {
    return new LineFootprint(
        Rupees.subtract(used, other.used), Rupees.subtract(blocked, other.blocked));
  }

  boolean isZero() {
    return used.signum() == 0 && blocked.signum() == 0;
  }
}
