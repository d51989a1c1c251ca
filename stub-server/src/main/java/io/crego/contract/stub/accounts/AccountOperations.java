package io.crego.contract.stub.accounts;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountCreate;
import io.crego.contract.spec.model.AccountStatus;
import io.crego.contract.spec.model.AccountSummary;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.Limit;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.ids.Sequences;
import io.crego.contract.stub.lending.LoanPosition;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.loans.AccountLines;
import io.crego.contract.stub.loans.Lending;
import io.crego.contract.stub.loans.LiveBook;
import io.crego.contract.stub.loans.LoanFile;
import io.crego.contract.stub.loans.Lookups;
import io.crego.contract.stub.loans.Portfolio;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Create Account, Get Summary, Refresh Limit and Close Loan Account. */
final class AccountOperations {

  private final Store store;
  private final Lending lending;
  private final TransitionGuard<AccountStatus> accounts;

  AccountOperations(Store store, CregoSpec spec, Lending lending) {
    this.store = store;
    this.lending = lending;
    this.accounts = TransitionGuard.forSchema(spec, "Account", AccountStatus.class);
  }

  /** An active account with its whole approved line available. */
  ApiResponse create(OperationContext context) {
    AccountCreate request = context.body(AccountCreate.class);
    Account account =
        store.write(
            context.companyId(),
            tx -> {
              BigDecimal at = Timestamps.of(context.now());
              BigDecimal approved = Rupees.of(request.getApprovedLineAmount());
              Account created =
                  new Account()
                      .id(RefIds.newId())
                      .createdAt(at)
                      .updatedAt(at)
                      .refId(RefIds.account(Sequences.next(tx, Sequences.ACCOUNTS)))
                      .leadId(request.getLeadId())
                      .programId(request.getProgramId())
                      .name(request.getName())
                      .type(request.getType())
                      .status(accounts.created(OperationIds.CREATE_ACCOUNT))
                      .approvedLineAmount(approved)
                      .availableLineAmount(approved)
                      .usedLineAmount(Rupees.ZERO)
                      .blockedLineAmount(Rupees.ZERO)
                      .closedAt(null);
              tx.put(Kinds.ACCOUNTS, created.getId().toString(), created);
              return created;
            });
    return JsonAnswers.created(account);
  }

  ApiResponse summary(OperationContext context) {
    AccountSummary summary =
        store.read(
            context.companyId(),
            view -> {
              Account account = Lookups.account(view, context.pathParam("id"));
              LiveBook book =
                  LiveBook.ofLoans(
                      view,
                      lending.dates(),
                      view.idsWhere(Portfolio.LOANS_BY_ACCOUNT, account.getId().toString()));
              int loans = 0;
              int active = 0;
              int dpd = 0;
              BigDecimal principal = Rupees.ZERO;
              BigDecimal total = Rupees.ZERO;
              BigDecimal overdue = Rupees.ZERO;
              BigDecimal excess = Rupees.ZERO;
              for (LoanFile file : book.all()) {
                if (!file.loan().getAccount().equals(account.getId())) {
                  continue;
                }
                loans++;
                active += file.loan().getStatus() == LoanStatus.ACTIVE ? 1 : 0;
                LoanPosition position = book.position(file);
                principal = Rupees.add(principal, position.principalOutstanding());
                total = Rupees.add(total, position.totalOutstanding());
                overdue = Rupees.add(overdue, position.overdueAmount());
                excess = Rupees.add(excess, book.excess(file.id()));
                dpd = Math.max(dpd, position.dpd());
              }
              return new AccountSummary()
                  .account(account.getId())
                  .status(account.getStatus())
                  .approvedLineAmount(Rupees.orZero(account.getApprovedLineAmount()))
                  .availableLineAmount(Rupees.orZero(account.getAvailableLineAmount()))
                  .usedLineAmount(Rupees.orZero(account.getUsedLineAmount()))
                  .blockedLineAmount(Rupees.orZero(account.getBlockedLineAmount()))
                  .loansCount(loans)
                  .activeLoansCount(active)
                  .principalOutstanding(principal)
                  .totalOutstanding(total)
                  .overdueAmount(overdue)
                  .excessAmount(excess)
                  .dpd(dpd);
            });
    return JsonAnswers.ok(summary);
  }

  /** The line rebuilt from the account's loans and waiting topups ({@link AccountLines}). */
  ApiResponse refreshLimit(OperationContext context) {
    Account account =
        store.write(
            context.companyId(),
            tx ->
                AccountLines.recompute(
                    tx, Lookups.account(tx, context.pathParam("id")), context.now()));
    return JsonAnswers.ok(
        new Limit()
            .account(account.getId())
            .approvedLineAmount(account.getApprovedLineAmount())
            .availableLineAmount(account.getAvailableLineAmount())
            .usedLineAmount(account.getUsedLineAmount())
            .blockedLineAmount(account.getBlockedLineAmount())
            .refreshedAt(Timestamps.of(context.now())));
  }

  /**
   * Checks in order: the account (404), its lifecycle (409 {@code TRANSITION_NOT_ALLOWED}), a loan
   * still owing (409 {@code OUTSTANDING_NOT_ZERO}), a disbursement still in flight (409 {@code
   * NOT_APPLICABLE}). Its active loans, all owing nothing, close with it; its line is rebuilt.
   */
  ApiResponse close(OperationContext context) {
    Account account =
        store.write(
            context.companyId(),
            tx -> {
              Account current = Lookups.account(tx, context.pathParam("id"));
              AccountStatus next = accounts.next(OperationIds.CLOSE_ACCOUNT, current.getStatus());
              LocalDate businessDate = lending.dates().pinned(tx);
              Portfolio portfolio = Portfolio.open(tx);
              List<LoanFile> loans =
                  portfolio.all().stream()
                      .filter(f -> f.loan().getAccount().equals(current.getId()))
                      .toList();
              refuseWhileOwed(current, loans, businessDate);
              for (LoanFile file : loans) {
                if (Portfolio.takesRepayments(file.loan())) {
                  portfolio.touch(file);
                }
              }
              portfolio.save(
                  tx, lending.lifecycle(), OperationIds.CLOSE_ACCOUNT, businessDate, context.now());
              Account closed = tx.get(Kinds.ACCOUNTS, current.getId().toString()).orElseThrow();
              closed.status(next).closedAt(Timestamps.of(context.now()));
              return AccountLines.recompute(tx, closed, context.now());
            });
    return JsonAnswers.ok(account);
  }

  private static void refuseWhileOwed(
      Account account, List<LoanFile> loans, LocalDate businessDate) {
    BigDecimal owed = Rupees.ZERO;
    for (LoanFile file : loans) {
      if (Portfolio.takesRepayments(file.loan())) {
        owed =
            Rupees.add(
                owed, LoanPosition.of(file.emis(), file.fees(), businessDate).totalOutstanding());
      }
    }
    if (Rupees.isPositive(owed)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("account", account.getId().toString());
      details.put("total_outstanding", owed);
      throw ApiException.conflict(
          ErrorCode.OUTSTANDING_NOT_ZERO,
          "The account's loans still owe " + owed.toPlainString() + ": it cannot be closed.",
          details);
    }
    List<String> inFlight =
        loans.stream()
            .map(LoanFile::loan)
            .filter(
                loan ->
                    loan.getStatus() == LoanStatus.REQUESTED
                        || loan.getStatus() == LoanStatus.FAILED
                        || loan.getStatus() == LoanStatus.DRAFT)
            .map(Loan::getRefId)
            .toList();
    if (!inFlight.isEmpty()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("account", account.getId().toString());
      details.put("loans", inFlight);
      throw ApiException.conflict(
          ErrorCode.NOT_APPLICABLE,
          "The account has loans not yet disbursed ("
              + String.join(", ", inFlight)
              + "): they must be disbursed or rejected before it closes.",
          details);
    }
  }
}
