package io.crego.contract.stub.emis;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiStatus;
import io.crego.contract.spec.model.EodResult;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.clock.BusinessDates;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.EndOfDay;
import io.crego.contract.stub.lending.LoanSettlement;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.loans.Lending;
import io.crego.contract.stub.loans.LoanFile;
import io.crego.contract.stub.loans.LoanTerms;
import io.crego.contract.stub.loans.Portfolio;
import io.crego.contract.stub.loans.RecordSettlement;
import io.crego.contract.stub.store.Index;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One end of day for a company, in one unit of work, the way the platform runs it at 01:00 IST:
 *
 * <ol>
 *   <li>the business date rolls forward one day;
 *   <li>excess is applied: each processed repayment with money remaining, oldest first, settles
 *       against the demands of its loans due on the new date (so an EMI falling due today is paid
 *       from excess before it can turn overdue);
 *   <li>each loan taking repayments is aged ({@link EndOfDay}): EMIs turn due, DPD and peak DPD
 *       move, overdue and penal interest accrue at the rates of its lead's loan parameters;
 *   <li>the outstanding and excess of the loans the day changed are rebuilt; a loan brought to zero
 *       closes where the Loan lifecycle has a row for Run EOD;
 *   <li>the other areas' {@link EndOfDayStep}s run (scheduled topups falling due).
 * </ol>
 */
public final class EndOfDayRun {

  private final Lending lending;
  private final List<EndOfDayStep> steps;

  public EndOfDayRun(Lending lending, List<EndOfDayStep> steps) {
    this.lending = lending;
    this.steps = List.copyOf(steps);
  }

  /** One end of day. */
  public EodResult run(StoreTransaction tx, double now) {
    return days(tx).next(now);
  }

  /**
   * Ends of day one after another in one unit of work, as a replay or a clock moved on by days
   * needs them. What a day reads (the loans with their EMIs and fees, the leads' terms, which
   * repayments still hold money) is kept for the next day as long as only the EOD itself wrote in
   * between: its own writes are of those very copies, so N days decode the company once instead of
   * N times. A write by anyone else (a step, the caller between two days) makes the next day read
   * afresh.
   */
  public Days days(StoreTransaction tx) {
    return new Days(tx);
  }

  /** Consecutive ends of day of one unit of work; see {@link #days}. */
  public final class Days {

    private final StoreTransaction tx;
    private Books books;

    /** The transaction's write count when the last day was done; -1 before the first. */
    private long writesWhenDone = -1;

    private Days(StoreTransaction tx) {
      this.tx = tx;
    }

    /** Runs the next end of day, at {@code now} (epoch seconds). */
    public EodResult next(double now) {
      boolean nothingElseWrote = books != null && tx.writeCount() == writesWhenDone;
      LocalDate previous = lending.dates().pinned(tx);
      LocalDate today = previous.plusDays(1);
      BusinessDates.set(tx, today);
      if (!nothingElseWrote) {
        books = Books.read(tx);
      }
      Portfolio portfolio = books.portfolio();
      Map<UUID, EmiState> before = signatures(portfolio);

      BigDecimal excessApplied = applyExcess(portfolio, today, now);
      int loansProcessed = 0;
      BigDecimal at = Timestamps.of(now);
      for (LoanFile file : portfolio.all()) {
        if (!Portfolio.takesRepayments(file.loan())) {
          continue;
        }
        String lead = books.leads().get(file.loan().getAccount());
        EndOfDay.ChargeRates charges = books.terms().apply(lead).charges();
        int changed = EndOfDay.run(file.emis(), charges, today, at);
        if (changed > 0 || changesWithTheDate(file)) {
          portfolio.touch(file);
        }
        loansProcessed++;
      }
      portfolio.save(tx, lending.lifecycle(), OperationIds.RUN_EOD, today, now);
      long ownWrites = tx.writeCount();
      for (EndOfDayStep step : steps) {
        step.run(tx, today, now);
      }
      writesWhenDone = tx.writeCount();
      if (writesWhenDone != ownWrites) {
        books = null; // a step wrote: what it wrote may be anything the books hold
      }
      return new EodResult()
          .previousBusinessDate(BigDecimal.valueOf(BusinessCalendar.dayStart(previous)))
          .businessDate(BigDecimal.valueOf(BusinessCalendar.dayStart(today)))
          .loansProcessed(loansProcessed)
          .emisUpdated(changed(before, portfolio))
          .excessApplied(excessApplied);
    }

    /**
     * Settles each repayment still holding money against what is due today, oldest first. The
     * records are read afresh each day (there are few): settling changes a record in place even
     * when it settles nothing, and such a record is not written back.
     */
    private BigDecimal applyExcess(Portfolio portfolio, LocalDate today, double now) {
      BigDecimal applied = Rupees.ZERO;
      Iterator<String> ids = books.holdingMoney().iterator();
      while (ids.hasNext()) {
        Optional<Record> found = tx.get(Kinds.RECORDS, ids.next());
        if (found.isEmpty() || !holdsMoney(found.get())) {
          ids.remove();
          continue;
        }
        Record record = found.get();
        List<LoanFile> loans = RecordSettlement.loansOf(portfolio, record);
        LoanSettlement.Outcome outcome =
            RecordSettlement.settle(tx, portfolio, record, loans, null, today, now);
        if (Rupees.isPositive(outcome.settled())) {
          applied = Rupees.add(applied, outcome.settled());
          tx.put(Kinds.RECORDS, record.getId().toString(), record);
        }
      }
      return applied;
    }
  }

  /**
   * The repayments holding money, found without reading the company's other records: few of them
   * do, and EOD looks for them every day.
   */
  static final Index<Record> RECORDS_HOLDING_MONEY =
      Index.on(Kinds.RECORDS, "holding money", record -> holdsMoney(record) ? "yes" : null);

  /**
   * What EOD reads of a company: the loans taking repayments opened (the others it leaves as they
   * are, so it does not read them), each one's lead, the leads' terms, and the ids of the
   * repayments holding money (in insertion order). All through indexes: a day costs the loans it
   * ages, not every document of the company.
   */
  private record Books(
      Portfolio portfolio,
      Map<UUID, String> leads,
      Function<String, LoanTerms> terms,
      List<String> holdingMoney) {

    static Books read(StoreTransaction tx) {
      Portfolio portfolio = Portfolio.takingRepayments(tx);
      Map<UUID, String> leads = new HashMap<>();
      for (LoanFile file : portfolio.all()) {
        UUID account = file.loan().getAccount();
        if (!leads.containsKey(account)) {
          leads.put(
              account,
              tx.get(Kinds.ACCOUNTS, account.toString()).map(Account::getLeadId).orElse(null));
        }
      }
      List<String> holdingMoney = new ArrayList<>(tx.idsWhere(RECORDS_HOLDING_MONEY, "yes"));
      return new Books(portfolio, leads, LoanTerms.forLeads(tx), holdingMoney);
    }
  }

  /**
   * Whether a loan whose EMIs the day left as they were must still be rebuilt and written: one with
   * fees (what they owe and their DPD depend on the date), or one that owes nothing and may close.
   * Any other loan's position is what it was (reads rebuild positions on the business date anyway),
   * so it is not rewritten: with hundreds of loans, rewriting each one every day would make EOD
   * cost the whole book.
   */
  private static boolean changesWithTheDate(LoanFile file) {
    return !file.fees().isEmpty()
        || !Rupees.isPositive(Rupees.orZero(file.loan().getTotalOutstanding()));
  }

  /** A processed repayment with money not yet applied. */
  private static boolean holdsMoney(Record record) {
    return record.getType() == RecordType.REPAYMENT
        && record.getStatus() == RecordStatus.PROCESSED
        && Rupees.isPositive(Rupees.orZero(record.getRemainingAmount()));
  }

  /** What EOD can change of each EMI: status, DPD and what it owes. */
  private static Map<UUID, EmiState> signatures(Portfolio portfolio) {
    Map<UUID, EmiState> signatures = new HashMap<>();
    for (LoanFile file : portfolio.all()) {
      for (Emi emi : file.emis()) {
        signatures.put(emi.getId(), EmiState.of(emi));
      }
    }
    return signatures;
  }

  private static int changed(Map<UUID, EmiState> before, Portfolio portfolio) {
    int changed = 0;
    for (LoanFile file : portfolio.all()) {
      for (Emi emi : file.emis()) {
        if (!EmiState.of(emi).equals(before.get(emi.getId()))) {
          changed++;
        }
      }
    }
    return changed;
  }

  /**
   * An EMI's status, DPD and outstanding amount, compared as values (the amount with its scale, as
   * its text would be): a record per EMI instead of a text made of them, since every end of day
   * takes one of every EMI it ages, twice.
   */
  private record EmiState(EmiStatus status, Integer dpd, BigDecimal outstanding) {

    static EmiState of(Emi emi) {
      return new EmiState(emi.getStatus(), emi.getDpd(), emi.getOutstandingAmount());
    }
  }
}
