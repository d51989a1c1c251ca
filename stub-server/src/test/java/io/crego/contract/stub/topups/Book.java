package io.crego.contract.stub.topups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountStatus;
import io.crego.contract.spec.model.AccountType;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.InterestType;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.records.Given;
import io.crego.contract.stub.records.HandlerHarness;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What payouts and topups refer to, put straight into a company's store (each checked against its
 * spec schema first), and the line arithmetic read back from it.
 */
public final class Book {

  private static final BigDecimal CREATED = new BigDecimal("1718500000.5");

  private final Store store;
  private final String company;
  private final Given given;
  private int accounts = 100;

  public Book(Store store, String company) {
    this.store = store;
    this.company = company;
    this.given = new Given(store, company);
  }

  public Bank bank() {
    return given.bank();
  }

  /** An active credit line with nothing drawn: all of {@code approved} is available. */
  public Account creditLine(String approved) {
    return account(AccountType.CREDIT_LINE, AccountStatus.ACTIVE, approved);
  }

  public Account account(AccountType type, AccountStatus status, String approved) {
    accounts++;
    Account account =
        new Account()
            .id(RefIds.newId())
            .createdAt(CREATED)
            .updatedAt(CREATED)
            .refId(RefIds.account(accounts))
            .leadId("lead-" + accounts)
            .programId("7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a")
            .name("Borrower " + accounts)
            .type(type)
            .status(status)
            .approvedLineAmount(Rupees.of(approved))
            .availableLineAmount(Rupees.of(approved))
            .usedLineAmount(Rupees.ZERO)
            .blockedLineAmount(Rupees.ZERO)
            .closedAt(null);
    HandlerHarness.assertValid("#/components/schemas/Account", Json.tree(account), "Account");
    store.write(
        company,
        tx -> {
          tx.put(Kinds.ACCOUNTS, account.getId().toString(), account);
          return null;
        });
    return account;
  }

  /** An active loan of 1000 on the account (its line is not moved). */
  public Loan activeLoan(Account account) {
    accounts++;
    Loan loan =
        new Loan()
            .id(RefIds.newId())
            .createdAt(CREATED)
            .updatedAt(CREATED)
            .refId(RefIds.loan(accounts))
            .account(account.getId())
            .status(LoanStatus.ACTIVE)
            .principalAmount(Rupees.of("1000"))
            .disbursedAmount(Rupees.of("1000"))
            .roiValue(new BigDecimal("12"))
            .interestType(InterestType.REDUCING)
            .emiCount(3)
            .emiAmount(Rupees.of("340"))
            .emiFrequency(Loan.EmiFrequencyEnum.MONTHLY)
            .principalOutstanding(Rupees.of("1000"))
            .interestOutstanding(Rupees.ZERO)
            .totalOutstanding(Rupees.of("1000"))
            .excessAmount(Rupees.ZERO)
            .dpd(0)
            .peakDpd(0);
    HandlerHarness.assertValid("#/components/schemas/Loan", Json.tree(loan), "Loan");
    store.write(
        company,
        tx -> {
          tx.put(Kinds.LOANS, loan.getId().toString(), loan);
          return null;
        });
    return loan;
  }

  public Account stored(Account account) {
    return storedAccount(account.getId());
  }

  public Account storedAccount(UUID id) {
    return store.read(company, view -> view.get(Kinds.ACCOUNTS, id.toString())).orElseThrow();
  }

  /** Asserts the line's {@code available, used, blocked} and that they add up to approved. */
  public void assertLine(Account account, String available, String used, String blocked) {
    Account now = stored(account);
    assertEquals(
        List.of(Rupees.of(available), Rupees.of(used), Rupees.of(blocked)),
        List.of(now.getAvailableLineAmount(), now.getUsedLineAmount(), now.getBlockedLineAmount()),
        "available, used, blocked of " + now.getRefId());
    assertLineHolds(now);
  }

  /** approved = available + used + blocked, to the paisa, for every account of the company. */
  public void assertEveryLineHolds() {
    store.read(company, view -> view.all(Kinds.ACCOUNTS)).forEach(Book::assertLineHolds);
  }

  private static void assertLineHolds(Account account) {
    assertEquals(
        Rupees.of(account.getApprovedLineAmount()),
        Rupees.add(
            Rupees.add(account.getAvailableLineAmount(), account.getUsedLineAmount()),
            account.getBlockedLineAmount()),
        "approved = available + used + blocked for " + account.getRefId());
  }
}
