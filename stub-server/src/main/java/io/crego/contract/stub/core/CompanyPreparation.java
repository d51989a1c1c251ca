package io.crego.contract.stub.core;

import io.crego.contract.stub.store.Store;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * Runs a preparation (the demo seed) once per company before its first request, and again after the
 * company is reset. A company whose state was imported counts as prepared: an import is the state
 * the caller wants, not a base to seed on.
 *
 * <p>A store several replicas share records which companies are prepared ({@link
 * Store#recordsPreparation}): a reset or import may have happened through another replica, so the
 * store, not this process's memory, is asked before each request. (The preparation is idempotent:
 * two replicas preparing one company at once leave it prepared once.)
 */
public final class CompanyPreparation implements Consumer<String> {

  private final Consumer<String> preparation;
  private final Store store;
  private final ConcurrentMap<String, Boolean> prepared = new ConcurrentHashMap<>();

  public CompanyPreparation(Consumer<String> preparation, Store store) {
    this.preparation = preparation;
    this.store = store;
  }

  /** Prepares the company unless it already is; concurrent first calls wait for the one run. */
  @Override
  public void accept(String companyId) {
    if (store.recordsPreparation()) {
      if (!store.isPrepared(companyId)) {
        preparation.accept(companyId);
        store.markPrepared(companyId);
      }
      return;
    }
    prepared.computeIfAbsent(
        companyId,
        id -> {
          preparation.accept(id);
          return Boolean.TRUE;
        });
  }

  /** After the company's reset through this process (the store forgets its own record). */
  public void forget(String companyId) {
    prepared.remove(companyId);
  }

  public void forgetAll() {
    prepared.clear();
  }

  /** After an import through this process (the store records the imported companies itself). */
  public void markPrepared(Collection<String> companyIds) {
    companyIds.forEach(id -> prepared.put(id, Boolean.TRUE));
  }
}
