package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.clock.BusinessDates;
import io.crego.contract.stub.lending.LoanPosition;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The company's loans as reads answer them: each loan that takes repayments with its outstanding
 * rebuilt from its EMIs and fees on the business date, and every loan with its excess as the
 * records now hold it (a refund from a record lowers it at once). Nothing is written.
 */
public final class LiveBook {

  private final Portfolio portfolio;
  private final LocalDate businessDate;
  private final Map<UUID, BigDecimal> excess;

  private LiveBook(Portfolio portfolio, LocalDate businessDate, Map<UUID, BigDecimal> excess) {
    this.portfolio = portfolio;
    this.businessDate = businessDate;
    this.excess = excess;
  }

  /**
   * Only the named loans (in the order given; ids naming no loan left out), read through the
   * indexes: a read about one loan, one account or one page costs those loans, not the company's.
   */
  public static LiveBook ofLoans(StoreView view, BusinessDates dates, Collection<String> loanIds) {
    Portfolio portfolio = Portfolio.ofLoans(view, loanIds);
    Map<UUID, BigDecimal> excess = new HashMap<>();
    for (LoanFile file : portfolio.all()) {
      BigDecimal held = ExcessBalances.ofLoan(view, file.id());
      if (Rupees.isPositive(held)) {
        excess.put(file.id(), held);
      }
    }
    return bringUpToDate(new LiveBook(portfolio, dates.of(view), excess));
  }

  /** The loan the path's {@code id} names, alone; {@link #file(String)} answers 404 without it. */
  public static LiveBook ofPathLoan(StoreView view, BusinessDates dates, String pathId) {
    return ofLoans(view, dates, List.of(UUID.fromString(pathId).toString()));
  }

  private static LiveBook bringUpToDate(LiveBook book) {
    book.portfolio.all().forEach(book::bringUpToDate);
    return book;
  }

  LocalDate businessDate() {
    return businessDate;
  }

  Optional<LoanFile> file(UUID loanId) {
    return portfolio.file(loanId);
  }

  /** The loan named by the path's {@code id} (404 when none). */
  LoanFile file(String pathId) {
    return portfolio
        .file(UUID.fromString(pathId))
        .orElseThrow(
            () -> ApiException.notFound("loan", pathId, ErrorDetails.path("id", "no such loan")));
  }

  /** Every loan, oldest first. */
  public List<LoanFile> all() {
    return portfolio.all();
  }

  /** The loan's position; all zero for a loan that takes no repayments. */
  public LoanPosition position(LoanFile file) {
    return LoanPosition.of(
        Portfolio.takesRepayments(file.loan()) ? file.emis() : List.of(),
        Portfolio.takesRepayments(file.loan()) ? file.fees() : List.of(),
        businessDate);
  }

  public BigDecimal excess(UUID loanId) {
    return excess.getOrDefault(loanId, Rupees.ZERO);
  }

  private void bringUpToDate(LoanFile file) {
    Loan loan = file.loan();
    BigDecimal lastChanged = loan.getUpdatedAt();
    if (Portfolio.takesRepayments(loan)) {
      position(file).applyTo(loan, lastChanged);
    }
    loan.excessAmount(excess(loan.getId()));
  }
}
