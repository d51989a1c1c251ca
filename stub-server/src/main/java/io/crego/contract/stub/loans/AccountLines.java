package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.util.UUID;

/** Moves an account's line as its loans change, and recomputes it whole (Refresh Limit). */
public final class AccountLines {

  private AccountLines() {}

  /** Moves the account's line by a change of its loans' footprint and stores the account. */
  static void move(StoreTransaction tx, UUID accountId, LineFootprint change, double now) {
    if (change.isZero()) {
      return;
    }
    // a loan of an account the company does not have (an imported book) moves no line
    tx.get(Kinds.ACCOUNTS, accountId.toString())
        .ifPresent(
            account ->
                store(
                    tx,
                    account,
                    Rupees.add(Rupees.orZero(account.getUsedLineAmount()), change.used()),
                    Rupees.add(Rupees.orZero(account.getBlockedLineAmount()), change.blocked()),
                    now));
  }

  /**
   * The line rebuilt from what takes it: the footprints of the account's loans, and the amounts of
   * its topups waiting without a loan (scheduled, or their checks failed), which hold their own
   * block. Corrects any drift; stores the account.
   */
  public static Account recompute(StoreTransaction tx, Account account, double now) {
    LineFootprint total = LineFootprint.NONE;
    for (Loan loan : tx.all(Kinds.LOANS)) {
      if (loan.getAccount().equals(account.getId())) {
        total = total.plus(LineFootprint.of(loan, account.getType()));
      }
    }
    BigDecimal waiting = waitingTopups(tx, account.getId());
    return store(tx, account, total.used(), Rupees.add(total.blocked(), waiting), now);
  }

  private static BigDecimal waitingTopups(StoreView view, UUID accountId) {
    BigDecimal held = Rupees.ZERO;
    for (Topup topup : view.all(Kinds.TOPUPS)) {
      if (accountId.equals(topup.getAccount())
          && (topup.getStatus() == TopupStatus.SCHEDULED
              || topup.getStatus() == TopupStatus.CHECKS_FAILED)) {
        held = Rupees.add(held, Rupees.orZero(topup.getAmount()));
      }
    }
    return held;
  }

  private static Account store(
      StoreTransaction tx, Account account, BigDecimal used, BigDecimal blocked, double now) {
    account
        .usedLineAmount(used)
        .blockedLineAmount(blocked)
        .availableLineAmount(
            Rupees.subtract(
                Rupees.orZero(account.getApprovedLineAmount()), Rupees.add(used, blocked)))
        .updatedAt(Timestamps.touch(account.getUpdatedAt(), now));
    tx.put(Kinds.ACCOUNTS, account.getId().toString(), account);
    return account;
  }
}
