package io.crego.contract.stub.server;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.accounts.AccountHandlers;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.emis.EmiHandlers;
import io.crego.contract.stub.extradata.ExtraDataHandlers;
import io.crego.contract.stub.fees.FeeHandlers;
import io.crego.contract.stub.linedetails.LineDetailHandlers;
import io.crego.contract.stub.loandata.LoanDataHandlers;
import io.crego.contract.stub.loans.Lending;
import io.crego.contract.stub.loans.LoanHandlers;
import io.crego.contract.stub.payouts.PayoutHandlers;
import io.crego.contract.stub.records.RecordHandlers;
import io.crego.contract.stub.seed.DemoSeed;
import io.crego.contract.stub.seed.PlatformBank;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreLocation;
import io.crego.contract.stub.topups.TopupHandlers;
import java.util.List;
import java.util.function.Consumer;

/**
 * The domain's parts: the store, the handler groups with behaviour, and what a company is prepared
 * with (the platform's collection bank, the demo seed).
 */
public final class DomainModules {

  private DomainModules() {}

  static Store store(StoreLocation location) {
    return location.open();
  }

  /** The groups with real behaviour; every other operation is answered from the spec's examples. */
  static List<HandlerGroup> handlerGroups(Store store, CregoSpec spec) {
    Lending lending = new Lending(spec);
    TopupHandlers topups = new TopupHandlers(store, spec, lending);
    return List.of(
        new RecordHandlers(store, spec, lending.ledger()),
        new AccountHandlers(store, spec, lending),
        new LoanHandlers(store, lending),
        new EmiHandlers(store, lending, List.of(topups.scheduledTopups())),
        new PayoutHandlers(store, spec, lending),
        topups,
        new LineDetailHandlers(store, lending),
        new LoanDataHandlers(store),
        new FeeHandlers(store, lending),
        new ExtraDataHandlers(store));
  }

  /**
   * The domain's operations on the store, without the Auth ones: what the demo seed calls, for a
   * test that seeds a store of its own.
   */
  public static HandlerRegistry domainHandlers(Store store, CregoSpec spec) {
    HandlerRegistry registry = new HandlerRegistry();
    handlerGroups(store, spec).forEach(group -> group.register(registry));
    return registry;
  }

  /**
   * What a company holds before its first call, whatever the seed: the platform's collection bank
   * ({@link PlatformBank}), then, with {@code demo}, the demo data set. Idempotent.
   */
  static Consumer<String> preparation(Store store, SeedMode seed, HandlerRegistry handlers) {
    Consumer<String> platform = new PlatformBank(store)::ensure;
    return seed == SeedMode.DEMO
        ? platform.andThen(new DemoSeed(store, handlers)::ensureSeeded)
        : platform;
  }
}
