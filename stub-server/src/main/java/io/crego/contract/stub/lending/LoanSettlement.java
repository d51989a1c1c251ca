package io.crego.contract.stub.lending;

import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Settlement;
import io.crego.contract.spec.model.SettlementRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Applies money from one record to a loan's EMIs that are due on the business date, and writes down
 * each allocation as a {@code Settlement}. EMIs not yet due are left alone: money beyond what is
 * due stays the record's excess ({@code remaining_amount}) until EOD applies it on a later due day,
 * or it is refunded.
 */
public final class LoanSettlement {

  /**
   * What settling did.
   *
   * @param settlements one per EMI paid, in the order paid
   * @param changedEmis the EMIs whose balances changed (the same objects that were passed in)
   * @param remaining what is left of the amount
   */
  public record Outcome(List<Settlement> settlements, List<Emi> changedEmis, BigDecimal remaining) {
    public BigDecimal settled() {
      return settlements.stream().map(Settlement::getAmount).reduce(Money.ZERO, BigDecimal::add);
    }
  }

  private LoanSettlement() {}

  public static Outcome settle(
      BigDecimal amount,
      UUID recordId,
      List<Emi> loanEmis,
      LocalDate businessDate,
      Supplier<UUID> ids,
      BigDecimal now) {
    Map<String, Emi> dueById = new LinkedHashMap<>();
    for (Emi emi : loanEmis) {
      if (EmiLedger.isDue(emi, businessDate) && emi.getOutstandingAmount().signum() > 0) {
        dueById.put(emi.getId().toString(), emi);
      }
    }
    AllocationResult result =
        SettlementAllocator.allocate(
            amount, dueById.values().stream().map(EmiLedger::balance).toList());

    Map<String, BigDecimal> owedBefore = new LinkedHashMap<>();
    dueById.forEach((id, emi) -> owedBefore.put(id, emi.getOutstandingAmount()));
    for (Allocation allocation : result.allocations()) {
      EmiLedger.pay(
          dueById.get(allocation.demandId()), allocation.component(), allocation.amount(), now);
    }

    List<Settlement> settlements = new ArrayList<>();
    List<Emi> changed = new ArrayList<>();
    BigDecimal left = Money.paise(amount);
    for (Map.Entry<String, BigDecimal> paid : result.byDemand().entrySet()) {
      Emi emi = dueById.get(paid.getKey());
      left = left.subtract(paid.getValue());
      changed.add(emi);
      settlements.add(
          new Settlement()
              .id(ids.get())
              .createdAt(now)
              .updatedAt(now)
              .date(emi.getDueDate())
              .amount(paid.getValue())
              .outstandingAmount(emi.getOutstandingAmount())
              .remainingAmount(left)
              .sentToGl(false)
              .dueAmount(owedBefore.get(paid.getKey()))
              .dpd(emi.getDpd())
              .peakDpd(emi.getPeakDpd())
              .toBeDeleted(false)
              .account(emi.getAccount())
              .demand(emi.getId())
              .record(new SettlementRecord(recordId)));
    }
    return new Outcome(settlements, changed, result.remaining());
  }
}
