package io.crego.contract.stub.lending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one demand (an EMI or a fee) still owes, component by component.
 *
 * @param demandId the demand's id
 * @param dueDate its due day
 * @param index its position in the schedule (breaks ties between demands due the same day)
 * @param outstanding unpaid amount per component; missing components owe nothing
 */
public record DemandBalance(
    String demandId, LocalDate dueDate, int index, Map<Component, BigDecimal> outstanding) {

  public DemandBalance {
    EnumMap<Component, BigDecimal> copy = new EnumMap<>(Component.class);
    for (Component component : Component.values()) {
      BigDecimal amount = outstanding.getOrDefault(component, Money.ZERO);
      if (amount.signum() < 0) {
        throw new IllegalArgumentException(
            demandId + " owes a negative " + component + ": " + amount);
      }
      copy.put(component, Money.paise(amount));
    }
    outstanding = Map.copyOf(copy);
  }

  public BigDecimal total() {
    return outstanding.values().stream().reduce(Money.ZERO, BigDecimal::add);
  }
}
