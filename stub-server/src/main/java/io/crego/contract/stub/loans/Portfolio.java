package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountType;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.Index;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A company's loans opened for one unit of work: every loan with its EMIs and fees, read once (or,
 * for a repayment, only the loans of one account it can settle: {@link #ofAccount}). Changes mark
 * the loans they touch; {@link #save} rebuilds each touched loan's position on the business date
 * (with its excess), closes it when the operation may, and writes it back.
 */
public final class Portfolio {

  /** A repayment needs its account's loans only: these find them without reading the others. */
  public static final Index<Loan> LOANS_BY_ACCOUNT =
      Index.on(Kinds.LOANS, "account", loan -> String.valueOf(loan.getAccount()));

  public static final Index<Emi> EMIS_BY_LOAN =
      Index.on(Kinds.EMIS, "loan", emi -> String.valueOf(emi.getLoan()));

  public static final Index<Fee> FEES_BY_LOAN =
      Index.on(Kinds.FEES, "loan", fee -> fee.getLoan() == null ? null : fee.getLoan().toString());

  private final Map<UUID, LoanFile> files = new LinkedHashMap<>();
  private final Set<LoanFile> touched = new LinkedHashSet<>();

  private Portfolio() {}

  /** Loans of the company, oldest first. */
  public static Portfolio open(StoreView view) {
    return open(view, view.all(Kinds.ACCOUNTS));
  }

  /** The same, for a caller that has read the company's accounts already. */
  public static Portfolio open(StoreView view, List<Account> accounts) {
    Map<UUID, AccountType> accountTypes = new HashMap<>();
    for (Account account : accounts) {
      accountTypes.put(account.getId(), account.getType());
    }
    Map<UUID, List<Emi>> emis = new HashMap<>();
    for (Emi emi : view.all(Kinds.EMIS)) {
      emis.computeIfAbsent(emi.getLoan(), id -> new ArrayList<>()).add(emi);
    }
    Map<UUID, List<Fee>> fees = new HashMap<>();
    for (Fee fee : view.all(Kinds.FEES)) {
      fees.computeIfAbsent(fee.getLoan(), id -> new ArrayList<>()).add(fee);
    }
    Portfolio portfolio = new Portfolio();
    for (Loan loan : view.all(Kinds.LOANS)) {
      portfolio.files.put(
          loan.getId(),
          new LoanFile(
              loan,
              accountTypes.getOrDefault(loan.getAccount(), AccountType.TERM_LOAN),
              emis.getOrDefault(loan.getId(), List.of()),
              fees.getOrDefault(loan.getId(), List.of())));
    }
    return portfolio;
  }

  /**
   * The loans that take repayments (active or written off): what End of Day ages. The key is the
   * same for all of them, so that EOD finds them without reading the company's other loans.
   */
  static final Index<Loan> LOANS_TAKING_REPAYMENTS =
      Index.on(Kinds.LOANS, "takes repayments", loan -> takesRepayments(loan) ? "yes" : null);

  /** The loans End of Day ages, oldest first, with their EMIs and fees; see {@link #ofLoans}. */
  public static Portfolio takingRepayments(StoreView view) {
    return ofLoans(view, view.idsWhere(LOANS_TAKING_REPAYMENTS, "yes"));
  }

  /**
   * An account's loans that take repayments: what a repayment that names no loan settles, found
   * without reading the account's other loans (requested, failed, closed), which it never touches.
   */
  static final Index<Loan> REPAYABLE_LOANS_BY_ACCOUNT =
      Index.on(
          Kinds.LOANS,
          "account, taking repayments",
          loan -> takesRepayments(loan) ? String.valueOf(loan.getAccount()) : null);

  /**
   * The account's loans that take repayments, oldest first, and any other loan {@code alsoLoans}
   * names, with their EMIs and fees: what settling a repayment or an adjustment can touch ({@link
   * RecordSettlement#loansOf} picks from these), in O(log n) per document rather than every loan of
   * the company. The account's other loans are left out: settling neither reads nor writes them.
   * Each file is as {@link #open} would make it.
   */
  static Portfolio ofAccount(StoreView view, UUID accountId, Collection<UUID> alsoLoans) {
    Set<String> loanIds =
        new LinkedHashSet<>(view.idsWhere(REPAYABLE_LOANS_BY_ACCOUNT, accountId.toString()));
    alsoLoans.forEach(id -> loanIds.add(id.toString()));
    return ofLoans(view, loanIds);
  }

  /**
   * The named loans, in the order given, with their EMIs and fees, read through the indexes: O(log
   * n) per document read however many loans the company holds. Ids naming no loan are left out.
   * Each file is as {@link #open} would make it.
   */
  static Portfolio ofLoans(StoreView view, Collection<String> loanIds) {
    Map<UUID, AccountType> accountTypes = new HashMap<>();
    Portfolio portfolio = new Portfolio();
    for (String loanId : loanIds) {
      Optional<Loan> found = view.get(Kinds.LOANS, loanId);
      if (found.isEmpty()) {
        continue;
      }
      Loan loan = found.get();
      AccountType type =
          accountTypes.computeIfAbsent(
              loan.getAccount(),
              id ->
                  view.get(Kinds.ACCOUNTS, id.toString())
                      .map(Account::getType)
                      .orElse(AccountType.TERM_LOAN));
      portfolio.files.put(
          loan.getId(),
          new LoanFile(
              loan,
              type,
              documents(view, Kinds.EMIS, view.idsWhere(EMIS_BY_LOAN, loanId)),
              documents(view, Kinds.FEES, view.idsWhere(FEES_BY_LOAN, loanId))));
    }
    return portfolio;
  }

  /** The documents the ids name, in the order given; ids naming none are left out. */
  public static <T> List<T> documents(StoreView view, Kind<T> kind, List<String> ids) {
    List<T> documents = new ArrayList<>(ids.size());
    for (String id : ids) {
      view.get(kind, id).ifPresent(documents::add);
    }
    return documents;
  }

  public Optional<LoanFile> file(UUID loanId) {
    return Optional.ofNullable(files.get(loanId));
  }

  public List<LoanFile> all() {
    return List.copyOf(files.values());
  }

  /** Loans that take repayments: active, or written off (money may still come in). */
  public static boolean takesRepayments(Loan loan) {
    return loan.getStatus() == LoanStatus.ACTIVE || loan.getStatus() == LoanStatus.WRITTEN_OFF;
  }

  /** The account's loans that take repayments, oldest first. */
  List<LoanFile> repayableOf(UUID accountId) {
    return files.values().stream()
        .filter(f -> f.loan().getAccount().equals(accountId) && takesRepayments(f.loan()))
        .toList();
  }

  public void touch(LoanFile file) {
    touched.add(file);
  }

  /** Adds a loan booked in this unit of work. */
  void add(LoanFile file) {
    files.put(file.id(), file);
    touched.add(file);
  }

  /**
   * Rebuilds and writes every touched loan: its position on {@code businessDate}, its excess (from
   * the records as they now are in {@code tx}), and its closure when {@code closingOperation} has a
   * row to {@code closed} and nothing is owed.
   *
   * @param closingOperation the operation that made the change, or null when it cannot close loans
   * @return the loans that closed
   */
  public List<Loan> save(
      StoreTransaction tx,
      LoanLifecycle lifecycle,
      String closingOperation,
      LocalDate businessDate,
      double now) {
    BigDecimal at = Timestamps.of(now);
    List<Loan> closed = new ArrayList<>();
    for (LoanFile file : touched) {
      Loan loan = file.loan();
      BigDecimal lastChanged = loan.getUpdatedAt();
      if (takesRepayments(loan)) {
        file.reposition(businessDate, ExcessBalances.ofLoan(tx, loan.getId()), at);
      } else {
        loan.excessAmount(ExcessBalances.ofLoan(tx, loan.getId()));
      }
      loan.updatedAt(Timestamps.touch(lastChanged, now));
      if (lifecycle.closeIfRepaid(loan, closingOperation, at)) {
        closed.add(loan);
      }
      file.save(tx, now);
    }
    touched.clear();
    return closed;
  }
}
