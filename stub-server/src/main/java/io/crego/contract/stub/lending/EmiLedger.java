package io.crego.contract.stub.lending;

import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiComponent;
import io.crego.contract.spec.model.EmiStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads and changes one EMI document (the spec's {@code Emi}) component by component, keeping its
 * totals, status and DPD consistent with its components.
 */
public final class EmiLedger {

  private EmiLedger() {}

  public static LocalDate dueDay(Emi emi) {
    return BusinessCalendar.dayOf(emi.getDueDate());
  }

  public static BigDecimal outstanding(Emi emi, Component component) {
    return find(emi, component).getOutstandingAmount();
  }

  public static DemandBalance balance(Emi emi) {
    Map<Component, BigDecimal> owed = new EnumMap<>(Component.class);
    for (Component component : Component.values()) {
      owed.put(component, outstanding(emi, component));
    }
    return new DemandBalance(emi.getId().toString(), dueDay(emi), emi.getIndex(), owed);
  }

  /** Applies a payment to one component; the caller never pays more than is outstanding. */
  public static void pay(Emi emi, Component component, BigDecimal amount, BigDecimal now) {
    EmiComponent part = find(emi, component);
    if (amount.compareTo(part.getOutstandingAmount()) > 0) {
      throw new IllegalArgumentException(
          "paying " + amount + " on " + component + " owing " + part.getOutstandingAmount());
    }
    part.paidAmount(Money.paise(part.getPaidAmount().add(amount)))
        .outstandingAmount(Money.paise(part.getOutstandingAmount().subtract(amount)));
    refreshTotals(emi, now);
    if (emi.getOutstandingAmount().signum() == 0 && emi.getPaidAt() == null) {
      emi.paidAt(now);
    }
  }

  /** Adds a charge (overdue or penal interest) to a component. */
  public static void charge(Emi emi, Component component, BigDecimal amount, BigDecimal now) {
    if (amount.signum() <= 0) {
      return;
    }
    EmiComponent part = find(emi, component);
    part.amount(Money.paise(part.getAmount().add(amount)))
        .outstandingAmount(Money.paise(part.getOutstandingAmount().add(amount)));
    emi.paidAt(null);
    refreshTotals(emi, now);
  }

  /** Status and DPD as of the business date: upcoming before the due day, due from it. */
  public static void age(Emi emi, LocalDate businessDate, BigDecimal now) {
    int dpd =
        emi.getOutstandingAmount().signum() == 0
            ? 0
            : BusinessCalendar.daysPastDue(dueDay(emi), businessDate);
    emi.dpd(dpd).peakDpd(Math.max(emi.getPeakDpd(), dpd));
    refreshTotals(emi, now);
    if (emi.getStatus() == EmiStatus.DUE || emi.getStatus() == EmiStatus.UPCOMING) {
      emi.status(dueDay(emi).isAfter(businessDate) ? EmiStatus.UPCOMING : EmiStatus.DUE);
    }
  }

  public static boolean isDue(Emi emi, LocalDate businessDate) {
    return !dueDay(emi).isAfter(businessDate);
  }

  private static void refreshTotals(Emi emi, BigDecimal now) {
    BigDecimal paid = Money.ZERO;
    BigDecimal owed = Money.ZERO;
    for (EmiComponent part : emi.getComponents()) {
      paid = paid.add(part.getPaidAmount());
      owed = owed.add(part.getOutstandingAmount());
    }
    emi.paidAmount(paid).outstandingAmount(owed).updatedAt(now);
    if (owed.signum() == 0) {
      emi.status(EmiStatus.PAID);
    } else if (paid.signum() > 0) {
      emi.status(EmiStatus.PARTIALLY_PAID);
    } else if (emi.getStatus() == EmiStatus.PAID || emi.getStatus() == EmiStatus.PARTIALLY_PAID) {
      emi.status(EmiStatus.DUE);
    }
  }

  private static EmiComponent find(Emi emi, Component component) {
    return emi.getComponents().stream()
        .filter(part -> part.getCode().getValue().equals(component.name()))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("EMI " + emi.getId() + " has no " + component));
  }
}
