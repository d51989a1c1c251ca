package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiAmount;
import io.crego.contract.spec.model.EmiComponent;
import io.crego.contract.spec.model.EmiStatus;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanPage;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.LoanSummary;
import io.crego.contract.spec.model.Outstanding;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.EmiCalculator;
import io.crego.contract.stub.lending.EmiLedger;
import io.crego.contract.stub.lending.InterestMethod;
import io.crego.contract.stub.lending.LoanPosition;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * List Loans, List Loans with Excess Balance, Get Loan Summary, Outstanding data and Get Emi
 * Amount: reads, answered from the loans as they stand on the business date ({@link LiveBook}).
 */
public final class LoanReads {

  private final Store store;
  private final Lending lending;

  public LoanReads(Store store, Lending lending) {
    this.store = store;
    this.lending = lending;
  }

  /** Filtered by {@code status} and {@code account}, newest first. */
  ApiResponse list(OperationContext context) {
    LoanStatus status = context.query("status", LoanStatus.class).orElse(null);
    UUID account = context.query("account", UUID.class).orElse(null);
    PageRequest page = PageRequest.from(context);
    return JsonAnswers.ok(
        store.read(
            context.companyId(),
            view -> {
              List<Loan> candidates =
                  account == null
                      ? view.all(Kinds.LOANS)
                      : Portfolio.documents(
                          view,
                          Kinds.LOANS,
                          view.idsWhere(Portfolio.LOANS_BY_ACCOUNT, account.toString()));
              // Neither filter depends on what bringing a loan up to date changes
              return pageOf(
                  view, candidates, loan -> status == null || status == loan.getStatus(), page);
            }));
  }

  ApiResponse withExcess(OperationContext context) {
    PageRequest page = PageRequest.from(context);
    return JsonAnswers.ok(
        store.read(
            context.companyId(),
            view ->
                pageOf(
                    view,
                    view.all(Kinds.LOANS),
                    loan -> Rupees.isPositive(ExcessBalances.ofLoan(view, loan.getId())),
                    page)));
  }

  /**
   * The page of the loans that pass the filter, newest first: the loans are filtered as stored, and
   * only the page's own are opened with their EMIs and fees and brought up to date, so a page costs
   * its fifteen loans rather than the company's whole book.
   */
  private LoanPage pageOf(
      StoreView view, List<Loan> candidates, Predicate<Loan> filter, PageRequest page) {
    List<String> matching = new ArrayList<>();
    for (Loan loan : candidates) {
      if (filter.test(loan)) {
        matching.add(loan.getId().toString());
      }
    }
    Collections.reverse(matching);
    List<Loan> results = new ArrayList<>();
    for (LoanFile file : LiveBook.ofLoans(view, lending.dates(), page.slice(matching)).all()) {
      results.add(file.loan());
    }
    return new LoanPage()
        .count(matching.size())
        .currentPage(page.page())
        .pageSize(page.pageSize())
        .results(results);
  }

  ApiResponse summary(OperationContext context) {
    LoanSummary summary =
        store.read(
            context.companyId(),
            view -> {
              LiveBook book = LiveBook.ofPathLoan(view, lending.dates(), context.pathParam("id"));
              return summaryOf(book, book.file(context.pathParam("id")));
            });
    return JsonAnswers.ok(summary);
  }

  public ApiResponse outstanding(OperationContext context) {
    Outstanding outstanding =
        store.read(
            context.companyId(),
            view -> {
              LiveBook book = LiveBook.ofPathLoan(view, lending.dates(), context.pathParam("id"));
              LoanFile file = book.file(context.pathParam("id"));
              LoanPosition position = book.position(file);
              return new Outstanding()
                  .loan(file.id())
                  .date(BigDecimal.valueOf(BusinessCalendar.dayStart(book.businessDate())))
                  .principalOutstanding(position.principalOutstanding())
                  .interestOutstanding(position.interestOutstanding())
                  .overdueInterest(position.overdueInterest())
                  .penalInterest(position.penalInterest())
                  .feesOutstanding(position.feesOutstanding())
                  .totalOutstanding(position.totalOutstanding())
                  .dueAmount(position.dueAmount())
                  .excessAmount(book.excess(file.id()))
                  .dpd(position.dpd())
                  .peakDpd(Math.max(position.dpd(), orZero(file.loan().getPeakDpd())));
            });
    return JsonAnswers.ok(outstanding);
  }

  /** The EMI the loan's terms give (its sanctioned principal, rate, count and method). */
  ApiResponse emiAmount(OperationContext context) {
    Loan loan =
        store.read(context.companyId(), view -> Lookups.loan(view, context.pathParam("id")));
    return JsonAnswers.ok(
        new EmiAmount()
            .loan(loan.getId())
            .principalAmount(loan.getPrincipalAmount())
            .roiValue(loan.getRoiValue())
            .interestType(loan.getInterestType())
            .emiCount(loan.getEmiCount())
            .emiAmount(
                EmiCalculator.emi(
                    loan.getPrincipalAmount(),
                    loan.getRoiValue(),
                    loan.getEmiCount(),
                    InterestMethod.of(loan.getInterestType().getValue()))));
  }

  private static LoanSummary summaryOf(LiveBook book, LoanFile file) {
    Loan loan = file.loan();
    LocalDate today = book.businessDate();
    LoanPosition position = book.position(file);
    BigDecimal principalPaid = Rupees.ZERO;
    BigDecimal interestPaid = Rupees.ZERO;
    int paid = 0;
    int overdue = 0;
    Emi next = null;
    for (Emi emi : file.emis()) {
      for (EmiComponent part : emi.getComponents()) {
        if (part.getCode() == EmiComponent.CodeEnum.P) {
          principalPaid = Rupees.add(principalPaid, part.getPaidAmount());
        } else if (part.getCode() == EmiComponent.CodeEnum.NI) {
          interestPaid = Rupees.add(interestPaid, part.getPaidAmount());
        }
      }
      boolean owing = emi.getOutstandingAmount().signum() > 0;
      paid += emi.getStatus() == EmiStatus.PAID ? 1 : 0;
      overdue += owing && EmiLedger.dueDay(emi).isBefore(today) ? 1 : 0;
      if (next == null && owing && !EmiLedger.dueDay(emi).isBefore(today)) {
        next = emi;
      }
    }
    return new LoanSummary()
        .loan(loan.getId())
        .account(loan.getAccount())
        .status(loan.getStatus())
        .principalAmount(loan.getPrincipalAmount())
        .principalPaid(principalPaid)
        .interestPaid(interestPaid)
        .principalOutstanding(position.principalOutstanding())
        .interestOutstanding(position.interestOutstanding())
        .overdueInterest(position.overdueInterest())
        .penalInterest(position.penalInterest())
        .feesOutstanding(position.feesOutstanding())
        .totalOutstanding(position.totalOutstanding())
        .overdueAmount(position.overdueAmount())
        .excessAmount(book.excess(loan.getId()))
        .emisTotal(file.emis().size())
        .emisPaid(paid)
        .emisOverdue(overdue)
        .dpd(position.dpd())
        .peakDpd(Math.max(position.dpd(), orZero(loan.getPeakDpd())))
        .nextDueDate(next == null ? null : next.getDueDate())
        .nextDueAmount(next == null ? null : next.getOutstandingAmount());
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
