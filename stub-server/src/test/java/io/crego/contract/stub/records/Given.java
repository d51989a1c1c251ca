package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountStatus;
import io.crego.contract.spec.model.AccountType;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.InterestType;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.clock.BusinessDates;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.lending.InterestMethod;
import io.crego.contract.stub.lending.LoanSchedule;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Puts what records refer to (banks, accounts, loans) straight into a company's store, each checked
 * against its spec schema first.
 */
public final class Given {

  private static final BigDecimal CREATED = new BigDecimal("1718500000.5");

  private final Store store;
  private final String company;
  private int accounts;

  public Given(Store store, String company) {
    this.store = store;
    this.company = company;
  }

  public Bank bank() {
    Bank bank =
        new Bank()
            .id(RefIds.newId())
            .createdAt(CREATED)
            .updatedAt(CREATED)
            .accountNo("50200012345678")
            .tags(List.of("collection"))
            .accountHolderName("Acme Finance Pvt Ltd")
            .ifsc("HDFC0001234")
            .accountType("current")
            .isVerified(true)
            .nameAtBank(null)
            .company(UUID.nameUUIDFromBytes(company.getBytes(StandardCharsets.UTF_8)));
    return put(Kinds.BANKS, bank.getId(), bank, "Bank");
  }

  public Account account() {
    accounts++;
    Account account =
        new Account()
            .id(RefIds.newId())
            .createdAt(CREATED)
            .updatedAt(CREATED)
            .refId(RefIds.account(accounts))
            .leadId("6650f1c2a9e4b7d3c1e0f9a" + accounts)
            .programId("7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a")
            .name("Borrower " + accounts)
            .type(AccountType.TERM_LOAN)
            .status(AccountStatus.ACTIVE)
            .approvedLineAmount(Rupees.of("500000"))
            .availableLineAmount(Rupees.of("400000"))
            .usedLineAmount(Rupees.of("100000"))
            .blockedLineAmount(Rupees.ZERO);
    return put(Kinds.ACCOUNTS, account.getId(), account, "Account");
  }

  /** A loan whose outstanding is all principal. */
  public Loan loan(Account account, LoanStatus status, String totalOutstanding) {
    BigDecimal total = Rupees.of(totalOutstanding);
    Loan loan =
        new Loan()
            .id(RefIds.newId())
            .createdAt(CREATED)
            .updatedAt(CREATED)
            .refId(RefIds.loan(accounts))
            .account(account.getId())
            .status(status)
            .principalAmount(Rupees.of("100000"))
            .disbursedAmount(Rupees.of("100000"))
            .roiValue(new BigDecimal("12"))
            .interestType(InterestType.REDUCING)
            .emiCount(3)
            .emiAmount(Rupees.of("34002"))
            .emiFrequency(Loan.EmiFrequencyEnum.MONTHLY)
            .principalOutstanding(total)
            .interestOutstanding(Rupees.ZERO)
            .overdueInterest(Rupees.ZERO)
            .penalInterest(Rupees.ZERO)
            .totalOutstanding(total)
            .excessAmount(Rupees.ZERO)
            .dpd(0)
            .peakDpd(0);
    return put(Kinds.LOANS, loan.getId(), loan, "Loan");
  }

  public Loan activeLoan(Account account, String totalOutstanding) {
    return loan(account, LoanStatus.ACTIVE, totalOutstanding);
  }

  /**
   * An active loan whose whole outstanding is one EMI (all principal, no interest) due on {@code
   * businessDate}, which is made the company's business date: the shape the EMI ledger settles
   * money against.
   */
  public Loan dueLoan(Account account, String totalOutstanding, LocalDate businessDate) {
    Loan loan = activeLoan(account, totalOutstanding);
    for (Emi emi :
        LoanSchedule.emis(
            loan.getId(),
            account.getId(),
            Rupees.of(totalOutstanding),
            BigDecimal.ZERO,
            1,
            InterestMethod.FLAT,
            businessDate.minusMonths(1),
            1,
            RefIds::newId,
            CREATED)) {
      put(Kinds.EMIS, emi.getId(), emi, "Emi");
    }
    store.write(
        company,
        tx -> {
          BusinessDates.set(tx, businessDate);
          return null;
        });
    return loan;
  }

  public Loan storedLoan(UUID id) {
    return store.read(company, view -> view.get(Kinds.LOANS, id.toString())).orElseThrow();
  }

  private <T> T put(Kind<T> kind, UUID id, T value, String schema) {
    HandlerHarness.assertValid("#/components/schemas/" + schema, Json.tree(value), schema);
    store.write(
        company,
        tx -> {
          tx.put(kind, id.toString(), value);
          return null;
        });
    return value;
  }
}
