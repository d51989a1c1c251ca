package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.model.Account;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.seed.DemoSeed;
import io.crego.contract.stub.server.DomainModules;
import io.crego.contract.stub.store.InMemoryStore;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreView;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opening one account's loans for a repayment gives the same files as opening the whole company's,
 * for the loans that take repayments, and leaves out the others.
 */
class PortfolioOfAccountTest {

  private static final String COMPANY = "portfolio-of-account";

  /** The demo company, seeded once: the tests only read it. */
  private static Store store;

  @BeforeAll
  static void seed() {
    store = new InMemoryStore();
    new DemoSeed(store, DomainModules.domainHandlers(store, CregoSpec.get())).ensureSeeded(COMPANY);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static void read(Consumer<StoreView> check) {
    store.read(
        COMPANY,
        view -> {
          check.accept(view);
          return null;
        });
  }

  @Test
  void eachAccountsFilesAreTheWholePortfoliosRepayableFilesOfThatAccount() {
    read(
        view -> {
          Portfolio whole = Portfolio.open(view);
          List<Account> accounts = view.all(Kinds.ACCOUNTS);
          assertFalse(accounts.isEmpty(), "the demo has accounts");
          int loansSeen = 0;
          for (Account account : accounts) {
            List<String> expected =
                whole.all().stream()
                    .filter(file -> file.loan().getAccount().equals(account.getId()))
                    .filter(file -> Portfolio.takesRepayments(file.loan()))
                    .map(PortfolioOfAccountTest::describe)
                    .toList();
            List<String> actual =
                Portfolio.ofAccount(view, account.getId(), List.of()).all().stream()
                    .map(PortfolioOfAccountTest::describe)
                    .toList();
            assertEquals(expected, actual, "account " + account.getId());
            loansSeen += actual.size();
          }
          long repayable =
              whole.all().stream().filter(file -> Portfolio.takesRepayments(file.loan())).count();
          assertEquals(repayable, loansSeen, "every loan belongs to one account");
          assertTrue(repayable < whole.all().size(), "the demo has loans taking no repayments");
        });
  }

  @Test
  void aNamedLoanOfAnotherAccountIsOpenedToo() {
    read(
        view -> {
          LoanFile some = Portfolio.open(view).all().get(0);
          UUID otherAccount = UUID.randomUUID();
          Portfolio opened = Portfolio.ofAccount(view, otherAccount, List.of(some.id()));
          assertEquals(
              List.of(describe(some)),
              opened.all().stream().map(PortfolioOfAccountTest::describe).toList());
        });
  }

  /** A file as the loan, its EMIs and its fees, each by id and in order, with the account type. */
  private static String describe(LoanFile file) {
    return file.id()
        + " emis "
        + file.emis().stream().map(emi -> emi.getId().toString()).toList()
        + " fees "
        + file.fees().stream().map(fee -> fee.getId().toString()).toList()
        + " "
        + file.loan();
  }
}
