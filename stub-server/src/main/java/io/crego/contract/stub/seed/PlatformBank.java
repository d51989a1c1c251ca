package io.crego.contract.stub.seed;

import io.crego.contract.spec.model.Bank;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The platform's collection account, which every company holds whatever its seed ({@code none}
 * too), stored when the company is first prepared and again after it is reset. Mark Processed must
 * name an existing {@code collection_bank_id}, and the API has no way to create or list banks: this
 * bank is the one a client (and the conformance suite) can always name. Its id is the one of the
 * spec's Mark Processed request example, so that example works as it stands.
 */
public final class PlatformBank {

  /** The id of the spec's Mark Processed request example. */
  public static final UUID COLLECTION_BANK_ID =
      UUID.fromString("324c4826-1729-4682-8770-f388b6e7e6b7");

  static final String HOLDER = "Crego collection account";
  static final String IFSC = "HDFC0000240";
  static final String ACCOUNT_NO = "50200098765432";

  private final Store store;
  private final Clock clock;

  public PlatformBank(Store store) {
    this(store, Clock.systemUTC());
  }

  public PlatformBank(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Stores the bank in the company unless it holds it already; idempotent. */
  public void ensure(String companyId) {
    boolean held =
        store
            .read(companyId, view -> view.get(Kinds.BANKS, COLLECTION_BANK_ID.toString()))
            .isPresent();
    if (held) {
      return;
    }
    BigDecimal now = Timestamps.of(clock.millis() / 1000.0);
    store.write(
        companyId,
        tx -> {
          ensure(tx, companyId, now);
          return null;
        });
  }

  /** Puts the bank in the transaction unless it is there (a racing call may have won). */
  static void ensure(StoreTransaction tx, String companyId, BigDecimal now) {
    if (tx.get(Kinds.BANKS, COLLECTION_BANK_ID.toString()).isPresent()) {
      return;
    }
    Bank bank =
        new Bank()
            .id(COLLECTION_BANK_ID)
            .createdAt(now)
            .updatedAt(now)
            .accountNo(ACCOUNT_NO)
            .tags(new ArrayList<>(List.of("collection")))
            .accountHolderName(HOLDER)
            .ifsc(IFSC)
            .accountType("current")
            .isVerified(true)
            .nameAtBank(HOLDER.toUpperCase(Locale.ROOT))
            .company(DemoParties.companyUuid(companyId))
            .programIds(new ArrayList<>())
            .summary(new ArrayList<>())
            .bankingId(null);
    tx.put(Kinds.BANKS, COLLECTION_BANK_ID.toString(), bank);
  }
}
