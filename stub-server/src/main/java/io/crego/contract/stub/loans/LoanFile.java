package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.AccountType;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.LoanPosition;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One loan opened for change: the loan, its EMIs in schedule order and its fees, as working copies.
 * Saving writes them back, deletes EMIs a new schedule replaced, and moves the account's line by
 * how much the loan's footprint on it changed.
 */
public final class LoanFile {

  private final Loan loan;
  private final AccountType accountType;
  private final List<Emi> emis;
  private final List<Fee> fees;
  private final List<UUID> replacedEmis = new ArrayList<>();
  private LineFootprint saved;

  LoanFile(Loan loan, AccountType accountType, List<Emi> emis, List<Fee> fees) {
    this(loan, accountType, emis, fees, LineFootprint.of(loan, accountType));
  }

  private LoanFile(
      Loan loan, AccountType accountType, List<Emi> emis, List<Fee> fees, LineFootprint saved) {
    this.loan = loan;
    this.accountType = accountType;
    this.emis = new ArrayList<>(emis);
    this.emis.sort(Comparator.comparingInt(Emi::getIndex));
    this.fees = new ArrayList<>(fees);
    this.saved = saved;
  }

  /** A loan being booked: nothing of it is on the line yet. */
  static LoanFile booked(Loan loan, AccountType accountType) {
    return new LoanFile(loan, accountType, List.of(), List.of(), LineFootprint.NONE);
  }

  public Loan loan() {
    return loan;
  }

  public UUID id() {
    return loan.getId();
  }

  AccountType accountType() {
    return accountType;
  }

  /** The EMIs in schedule order; settling changes them in place. */
  public List<Emi> emis() {
    return emis;
  }

  public List<Fee> fees() {
    return fees;
  }

  /** Replaces EMIs (a rebuilt schedule): {@code dropped} are deleted on save. */
  public void replaceEmis(List<Emi> dropped, List<Emi> added) {
    for (Emi emi : dropped) {
      emis.remove(emi);
      replacedEmis.add(emi.getId());
    }
    emis.addAll(added);
    emis.sort(Comparator.comparingInt(Emi::getIndex));
  }

  /** The loan's outstanding from its EMIs and fees on the business date, and its excess. */
  LoanPosition reposition(LocalDate businessDate, BigDecimal excess, BigDecimal now) {
    LoanPosition position = LoanPosition.of(emis, fees, businessDate);
    position.applyTo(loan, now);
    loan.excessAmount(excess);
    return position;
  }

  void save(StoreTransaction tx, double now) {
    tx.put(Kinds.LOANS, loan.getId().toString(), loan);
    for (UUID id : replacedEmis) {
      tx.delete(Kinds.EMIS, id.toString());
    }
    replacedEmis.clear();
    emis.forEach(emi -> tx.put(Kinds.EMIS, emi.getId().toString(), emi));
    fees.forEach(fee -> tx.put(Kinds.FEES, fee.getId().toString(), fee));
    LineFootprint current = LineFootprint.of(loan, accountType);
    AccountLines.move(tx, loan.getAccount(), current.minus(saved), now);
    saved = current;
  }
}
