package io.crego.contract.stub.lending;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles an amount against demands the way the platform does: {@code settlement_order} {@code
 * due_date_first} (oldest due first; same day → lower index first), and inside each demand {@code
 * component_order} {@code PI-OI-NI-P}. A demand is paid in full before the next one gets anything;
 * what is left over is the record's {@code remaining_amount} (excess).
 */
public final class SettlementAllocator {

  private static final Comparator<DemandBalance> DUE_DATE_FIRST =
      Comparator.comparing(DemandBalance::dueDate).thenComparingInt(DemandBalance::index);

  private SettlementAllocator() {}

  public static AllocationResult allocate(BigDecimal amount, List<DemandBalance> demands) {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    BigDecimal left = Money.paise(amount);
    List<Allocation> allocations = new ArrayList<>();
    for (DemandBalance demand : demands.stream().sorted(DUE_DATE_FIRST).toList()) {
      for (Component component : Component.values()) {
        if (left.signum() == 0) {
          return new AllocationResult(allocations, left);
        }
        BigDecimal applied = Money.min(left, demand.outstanding().get(component));
        if (applied.signum() > 0) {
          allocations.add(new Allocation(demand.demandId(), component, applied));
          left = left.subtract(applied);
        }
      }
    }
    return new AllocationResult(allocations, left);
  }
}
