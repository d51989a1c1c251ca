package io.crego.contract.stub.lending;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an amount was settled: the allocations in the order they were made, and what was left.
 * Invariant: the allocations plus {@code remaining} equal the amount, to the paisa.
 */
public record AllocationResult(List<Allocation> allocations, BigDecimal remaining) {

  public AllocationResult {
    allocations = List.copyOf(allocations);
  }

  /** Total applied per demand, in the order the demands were paid. */
  public Map<String, BigDecimal> byDemand() {
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    for (Allocation allocation : allocations) {
      totals.merge(allocation.demandId(), allocation.amount(), BigDecimal::add);
    }
    return totals;
  }

  public BigDecimal allocated() {
    return allocations.stream().map(Allocation::amount).reduce(Money.ZERO, BigDecimal::add);
  }
}
