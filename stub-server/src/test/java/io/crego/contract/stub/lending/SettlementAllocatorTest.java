package io.crego.contract.stub.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SettlementAllocatorTest {

  private static final LocalDate DAY = LocalDate.of(2024, 1, 5);

  private static BigDecimal amount(String value) {
    return new BigDecimal(value).setScale(2);
  }

  private static DemandBalance demand(
      String id, LocalDate due, int index, String pi, String oi, String ni, String p) {
    return new DemandBalance(
        id,
        due,
        index,
        Map.of(
            Component.PI,
            amount(pi),
            Component.OI,
            amount(oi),
            Component.NI,
            amount(ni),
            Component.P,
            amount(p)));
  }

  @Test
  void theVendorsSettlementExampleLeavesTheVendorsRemainingAmount() {
    // list-settlements.200.json: 26586.26 settled of a 63260 record, 36673.74 remaining
    AllocationResult result =
        SettlementAllocator.allocate(
            amount("63260"), List.of(demand("2ac95fc6", DAY, 1, "0", "0", "1586.26", "25000")));
    assertEquals(amount("26586.26"), result.allocated());
    assertEquals(amount("36673.74"), result.remaining());
  }

  @Test
  void paysTheOldestDemandInFullBeforeTheNextAndComponentsInPiOiNiPOrder() {
    DemandBalance later = demand("later", DAY.plusMonths(1), 2, "0", "0", "500", "9500");
    DemandBalance older = demand("older", DAY, 1, "10", "20", "300", "4670");
    AllocationResult result = SettlementAllocator.allocate(amount("5100"), List.of(later, older));
    assertEquals(
        List.of(
            new Allocation("older", Component.PI, amount("10")),
            new Allocation("older", Component.OI, amount("20")),
            new Allocation("older", Component.NI, amount("300")),
            new Allocation("older", Component.P, amount("4670")),
            new Allocation("later", Component.NI, amount("100"))),
        result.allocations());
    assertEquals(Money.ZERO, result.remaining());
  }

  @Test
  void sameDayDemandsAreSettledByIndex() {
    AllocationResult result =
        SettlementAllocator.allocate(
            amount("100"),
            List.of(
                demand("b", DAY, 2, "0", "0", "0", "100"),
                demand("a", DAY, 1, "0", "0", "0", "100")));
    assertEquals(Map.of("a", amount("100")), result.byDemand());
  }

  @Test
  void moneyIsNeverCreatedNorLostAndNoComponentIsOverpaid() {
    Random random = new Random(424242);
    for (int run = 0; run < 5_000; run++) {
      List<DemandBalance> demands = new ArrayList<>();
      int count = random.nextInt(8);
      for (int i = 0; i < count; i++) {
        Map<Component, BigDecimal> owed = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
          owed.put(component, BigDecimal.valueOf(random.nextInt(2_000_000), 2));
        }
        demands.add(new DemandBalance("d" + i, DAY.plusDays(random.nextInt(90)), i + 1, owed));
      }
      BigDecimal paid = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
      AllocationResult result = SettlementAllocator.allocate(paid, demands);

      assertEquals(paid, result.allocated().add(result.remaining()), "conservation, run " + run);
      assertTrue(result.remaining().signum() >= 0, "remaining, run " + run);
      Map<String, DemandBalance> byId = new HashMap<>();
      demands.forEach(d -> byId.put(d.demandId(), d));
      BigDecimal owedInTotal =
          demands.stream().map(DemandBalance::total).reduce(Money.ZERO, BigDecimal::add);
      if (result.remaining().signum() > 0) {
        assertEquals(
            owedInTotal, result.allocated(), "excess only once everything is paid, run " + run);
      }
      for (Allocation allocation : result.allocations()) {
        BigDecimal owed = byId.get(allocation.demandId()).outstanding().get(allocation.component());
        assertTrue(
            allocation.amount().compareTo(owed) <= 0, "overpaid " + allocation + ", run " + run);
        assertTrue(allocation.amount().signum() > 0, "empty allocation " + allocation);
      }
    }
  }
}
