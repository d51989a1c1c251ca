package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.LoanPosition;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a loan has due on the business date, as a NACH debit presents it: its EMIs and fees due and
 * unpaid ({@link LoanPosition#dueAmount()}). A loan without a schedule (one the stub's engine did
 * not make, as an imported book may hold) presents its whole {@code total_outstanding}.
 */
final class DueAmounts {

  private final Map<UUID, List<Emi>> emis;
  private final Map<UUID, List<Fee>> fees;
  private final LocalDate businessDate;

  private DueAmounts(Map<UUID, List<Emi>> emis, Map<UUID, List<Fee>> fees, LocalDate businessDate) {
    this.emis = emis;
    this.fees = fees;
    this.businessDate = businessDate;
  }

  static DueAmounts of(StoreView view, LocalDate businessDate) {
    Map<UUID, List<Emi>> emis = new HashMap<>();
    view.all(Kinds.EMIS)
        .forEach(e -> emis.computeIfAbsent(e.getLoan(), l -> new ArrayList<>()).add(e));
    Map<UUID, List<Fee>> fees = new HashMap<>();
    view.all(Kinds.FEES)
        .forEach(f -> fees.computeIfAbsent(f.getLoan(), l -> new ArrayList<>()).add(f));
    return new DueAmounts(emis, fees, businessDate);
  }

  BigDecimal of(Loan loan) {
    List<Emi> schedule = emis.getOrDefault(loan.getId(), List.of());
    if (schedule.isEmpty()) {
      return Rupees.orZero(loan.getTotalOutstanding());
    }
    return LoanPosition.of(schedule, fees.getOrDefault(loan.getId(), List.of()), businessDate)
        .dueAmount();
  }
}
