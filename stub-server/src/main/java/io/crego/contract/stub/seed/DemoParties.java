package io.crego.contract.stub.seed;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountStatus;
import io.crego.contract.spec.model.AccountType;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.LoanParams;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.ids.Sequences;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.loans.ParamDefaults;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The demo's banks and accounts. */
final class DemoParties {

  static final String LENDER = "Crego Demo Finance Pvt Ltd";

  private final StoreTransaction tx;
  private final UUID company;
  private final String programId = DemoIds.PROGRAM_ID;

  /**
   * @param companyId the company, written into banks (see {@link #companyUuid})
   */
  DemoParties(StoreTransaction tx, String companyId) {
    this.tx = tx;
    this.company = companyUuid(companyId);
  }

  String programId() {
    return programId;
  }

  /** A collection account of the lender, where borrowers' money arrives. */
  Bank collectionBank(String ifsc, String accountNo, BigDecimal createdAt) {
    Bank bank = bank(ifsc, accountNo, LENDER, "collection", createdAt);
    bank.nameAtBank(LENDER.toUpperCase(Locale.ROOT));
    return store(bank);
  }

  /** A borrower's own account, where refunds and disbursements go. */
  Bank borrowerBank(String ifsc, String accountNo, String holder, BigDecimal createdAt) {
    Bank bank = bank(ifsc, accountNo, holder, "borrower", createdAt);
    bank.programIds(new ArrayList<>(List.of(programId))).summary(new ArrayList<>()).bankingId(null);
    return store(bank);
  }

  /** An active account of the lead with its whole line available, stored. */
  Account account(
      String name, String leadId, AccountType type, String approvedLine, BigDecimal createdAt) {
    BigDecimal approved = Rupees.of(approvedLine);
    Account account =
        new Account()
            .id(RefIds.newId())
            .createdAt(createdAt)
            .updatedAt(createdAt)
            .refId(RefIds.account(Sequences.next(tx, Sequences.ACCOUNTS)))
            .leadId(leadId)
            .programId(programId)
            .name(name)
            .type(type)
            .status(AccountStatus.ACTIVE)
            .approvedLineAmount(approved)
            .availableLineAmount(approved)
            .usedLineAmount(Rupees.ZERO)
            .blockedLineAmount(Rupees.ZERO)
            .closedAt(null);
    tx.put(Kinds.ACCOUNTS, account.getId().toString(), account);
    return account;
  }

  /**
   * The loan parameters of the account's lead, as Initiate Loan Params makes them: the platform's
   * defaults with the offer's rate, EMI count and processing fee (percent of the principal).
   */
  LoanParams loanParams(
      Account account, String annualRate, int emiCount, String feePercent, BigDecimal createdAt) {
    BigDecimal fee = new BigDecimal(feePercent);
    LoanParams params =
        ParamDefaults.params()
            .id(RefIds.newId())
            .createdAt(createdAt)
            .updatedAt(createdAt)
            .leadId(account.getLeadId())
            .programId(account.getProgramId())
            .roiValue(ParamDefaults.flatSlab(new BigDecimal(annualRate)))
            .emiCount(emiCount)
            .tenureValue(emiCount)
            .pfIsEnabled(fee.signum() > 0)
            .pfValue(fee)
            .approvedLineAmount(account.getApprovedLineAmount());
    tx.put(Kinds.LOAN_PARAMS, params.getId().toString(), params);
    return params;
  }

  /** Closes the account (its loans repaid: the loans engine has freed its line already). */
  Account close(Account account, BigDecimal closedAt) {
    Account current = tx.get(Kinds.ACCOUNTS, account.getId().toString()).orElseThrow();
    current.status(AccountStatus.CLOSED).closedAt(closedAt).updatedAt(closedAt);
    tx.put(Kinds.ACCOUNTS, current.getId().toString(), current);
    return current;
  }

  private Bank bank(
      String ifsc, String accountNo, String holder, String tag, BigDecimal createdAt) {
    return new Bank()
        .id(RefIds.newId())
        .createdAt(createdAt)
        .updatedAt(createdAt)
        .accountNo(accountNo)
        .tags(new ArrayList<>(List.of(tag)))
        .accountHolderName(holder)
        .ifsc(ifsc)
        .accountType("current")
        .isVerified(true)
        .nameAtBank(null)
        .company(company)
        .programIds(new ArrayList<>())
        .summary(new ArrayList<>())
        .bankingId(null);
  }

  private Bank store(Bank bank) {
    tx.put(Kinds.BANKS, bank.getId().toString(), bank);
    return bank;
  }

  /**
   * The company as the banks' {@code company} UUID: its id when that is a UUID (as the vendor's and
   * the configured users' companies are), else a UUID derived from it, always the same, since the
   * pages that show a bank require the field.
   */
  static UUID companyUuid(String companyId) {
    try {
      UUID uuid = UUID.fromString(companyId);
      // fromString also takes short forms such as 1-2-3-4-5, which are no UUID text
      if (uuid.toString().equalsIgnoreCase(companyId)) {
        return uuid;
      }
    } catch (IllegalArgumentException e) {
      // not a UUID: derived below
    }
    return UUID.nameUUIDFromBytes(("crego-company:" + companyId).getBytes(StandardCharsets.UTF_8));
  }
}
