package io.crego.contract.stub.lending;

import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Fee;
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
 * Applies money from one record to the demands due on the business date — a loan's EMIs and its
 * fees — and writes down each allocation as a {@code Settlement}. Demands not yet due are left
 * alone: money beyond what is due stays the record's excess ({@code remaining_amount}) until EOD
 * applies it on a later due day, or it is refunded. The EMIs and fees may belong to several loans
 * (a record that names several): they are settled as one queue, {@code due_date_first}.
 */
public final class LoanSettlement {

  /**
   * What settling did.
   *
   * @param settlements one per demand paid, in the order paid
   * @param changedEmis the EMIs whose balances changed (the same objects that were passed in)
   * @param remaining what is left of the amount
   * @param changedFees the fees whose balances changed (the same objects that were passed in)
   */
  public record Outcome(
      List<Settlement> settlements,
      List<Emi> changedEmis,
      BigDecimal remaining,
      List<Fee> changedFees) {
    public BigDecimal settled() {
      return settlements.stream().map(Settlement::getAmount).reduce(Money.ZERO, BigDecimal::add);
    }
  }

  private LoanSettlement() {}

  /** Settles against EMIs only. */
  public static Outcome settle(
      BigDecimal amount,
      UUID recordId,
      List<Emi> loanEmis,
      LocalDate businessDate,
      Supplier<UUID> ids,
      BigDecimal now) {
    return settle(amount, recordId, loanEmis, List.of(), businessDate, ids, now);
  }

  /** Settles against EMIs and fees together, oldest due first. */
  public static Outcome settle(
      BigDecimal amount,
      UUID recordId,
      List<Emi> emis,
      List<Fee> fees,
      LocalDate businessDate,
      Supplier<UUID> ids,
      BigDecimal now) {
    Map<String, Emi> dueEmis = new LinkedHashMap<>();
    for (Emi emi : emis) {
      if (EmiLedger.isDue(emi, businessDate) && emi.getOutstandingAmount().signum() > 0) {
        dueEmis.put(emi.getId().toString(), emi);
      }
    }
    Map<String, Fee> dueFees = new LinkedHashMap<>();
    for (Fee fee : fees) {
      if (FeeLedger.isPayable(fee, businessDate)) {
        dueFees.put(fee.getId().toString(), fee);
      }
    }
    List<DemandBalance> demands = new ArrayList<>();
    dueEmis.values().forEach(emi -> demands.add(EmiLedger.balance(emi)));
    dueFees.values().forEach(fee -> demands.add(FeeLedger.balance(fee)));
    AllocationResult result = SettlementAllocator.allocate(amount, demands);

    Map<String, BigDecimal> owedBefore = new LinkedHashMap<>();
    dueEmis.forEach((id, emi) -> owedBefore.put(id, emi.getOutstandingAmount()));
    dueFees.forEach((id, fee) -> owedBefore.put(id, FeeLedger.outstanding(fee)));
    for (Allocation allocation : result.allocations()) {
      Emi emi = dueEmis.get(allocation.demandId());
      if (emi != null) {
        EmiLedger.pay(emi, allocation.component(), allocation.amount(), now);
      } else {
        FeeLedger.pay(dueFees.get(allocation.demandId()), allocation.amount(), now);
      }
    }

    List<Settlement> settlements = new ArrayList<>();
    List<Emi> changedEmis = new ArrayList<>();
    List<Fee> changedFees = new ArrayList<>();
    BigDecimal left = Money.paise(amount);
    for (Map.Entry<String, BigDecimal> paid : result.byDemand().entrySet()) {
      left = left.subtract(paid.getValue());
      Settlement settlement =
          new Settlement()
              .id(ids.get())
              .createdAt(now)
              .updatedAt(now)
              .amount(paid.getValue())
              .remainingAmount(left)
              .sentToGl(false)
              .dueAmount(owedBefore.get(paid.getKey()))
              .toBeDeleted(false)
              .record(new SettlementRecord(recordId));
      Emi emi = dueEmis.get(paid.getKey());
      if (emi != null) {
        changedEmis.add(emi);
        settlement
            .date(emi.getDueDate())
            .outstandingAmount(emi.getOutstandingAmount())
            .dpd(emi.getDpd())
            .peakDpd(emi.getPeakDpd())
            .account(emi.getAccount())
            .demand(emi.getId());
      } else {
        Fee fee = dueFees.get(paid.getKey());
        changedFees.add(fee);
        int dpd = BusinessCalendar.daysPastDue(FeeLedger.dueDay(fee), businessDate);
        settlement
            .date(fee.getDueDate())
            .outstandingAmount(FeeLedger.outstanding(fee))
            .dpd(dpd)
            .peakDpd(dpd)
            .account(fee.getAccount())
            .demand(fee.getId());
      }
      settlements.add(settlement);
    }
    return new Outcome(settlements, changedEmis, result.remaining(), changedFees);
  }
}
