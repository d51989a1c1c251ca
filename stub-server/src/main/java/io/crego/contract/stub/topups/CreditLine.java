package io.crego.contract.stub.topups;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.LineAmountCheck;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;

/**
 * An account's line as topups see it: {@code approved = available + used + blocked}. A topup that
 * waits (scheduled, or its checks failed) holds its amount as blocked; once its loan is booked the
 * loan book holds the block instead. Every move keeps the sum, to the paisa.
 */
final class CreditLine {

  private CreditLine() {}

  static BigDecimal available(Account account) {
    return Rupees.orZero(account.getAvailableLineAmount());
  }

  /** Moves {@code amount} from available to blocked and stores the account. */
  static Account block(StoreTransaction tx, Account account, BigDecimal amount, double now) {
    return move(tx, account, Rupees.of(amount), now);
  }

  /** Moves {@code amount} from blocked back to available and stores the account. */
  static Account release(StoreTransaction tx, Account account, BigDecimal amount, double now) {
    return move(tx, account, Rupees.of(amount).negate(), now);
  }

  private static Account move(
      StoreTransaction tx, Account account, BigDecimal toBlocked, double now) {
    account
        .blockedLineAmount(Rupees.add(Rupees.orZero(account.getBlockedLineAmount()), toBlocked))
        .availableLineAmount(Rupees.subtract(available(account), toBlocked))
        .updatedAt(Timestamps.touch(account.getUpdatedAt(), now));
    tx.put(Kinds.ACCOUNTS, account.getId().toString(), account);
    return account;
  }

  /** The line now and whether {@code amount} fits in it. */
  static LineAmountCheck check(Account account, BigDecimal amount, double now) {
    BigDecimal requested = Rupees.of(amount);
    return new LineAmountCheck()
        .account(account.getId())
        .approvedLineAmount(Rupees.orZero(account.getApprovedLineAmount()))
        .availableLineAmount(available(account))
        .usedLineAmount(Rupees.orZero(account.getUsedLineAmount()))
        .blockedLineAmount(Rupees.orZero(account.getBlockedLineAmount()))
        .refreshedAt(Timestamps.of(now))
        .requestedAmount(requested)
        .isAvailable(!Rupees.exceeds(requested, available(account)));
  }
}
