package io.crego.contract.stub.lending;

import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiComponent;
import io.crego.contract.spec.model.EmiStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Turns a loan's terms into its EMI documents (the spec's {@code Emi}), all unpaid. */
public final class LoanSchedule {

  private LoanSchedule() {}

  /**
   * The EMIs of a loan disbursed on {@code start}, the first due a month later.
   *
   * @param firstIndex index of the first EMI (1 for a new loan; after the kept EMIs when a loan is
   *     restructured)
   * @param ids where the EMIs' ids come from
   */
  public static List<Emi> emis(
      UUID loanId,
      UUID accountId,
      BigDecimal principal,
      BigDecimal annualRatePercent,
      int count,
      InterestMethod method,
      LocalDate start,
      int firstIndex,
      Supplier<UUID> ids,
      BigDecimal now) {
    List<Emi> emis = new ArrayList<>(count);
    for (ScheduleLine line :
        EmiCalculator.schedule(principal, annualRatePercent, count, method, start)) {
      emis.add(
          new Emi()
              .id(ids.get())
              .createdAt(now)
              .updatedAt(now)
              .loan(loanId)
              .account(accountId)
              .index(firstIndex + line.index() - 1)
              .dueDate(BusinessCalendar.dayEnd(line.dueDate()))
              .emiAmount(line.emiAmount())
              .principal(line.principal())
              .interest(line.interest())
              .openingPrincipal(line.openingPrincipal())
              .closingPrincipal(line.closingPrincipal())
              .components(
                  new ArrayList<>(
                      List.of(
                          component(EmiComponent.CodeEnum.PI, Money.ZERO),
                          component(EmiComponent.CodeEnum.OI, Money.ZERO),
                          component(EmiComponent.CodeEnum.NI, line.interest()),
                          component(EmiComponent.CodeEnum.P, line.principal()))))
              .paidAmount(Money.ZERO)
              .outstandingAmount(line.emiAmount())
              .status(EmiStatus.UPCOMING)
              .dpd(0)
              .peakDpd(0)
              .paidAt(null));
    }
    return emis;
  }

  private static EmiComponent component(EmiComponent.CodeEnum code, BigDecimal amount) {
    return new EmiComponent()
        .code(code)
        .amount(amount)
        .paidAmount(Money.ZERO)
        .outstandingAmount(amount);
  }
}
