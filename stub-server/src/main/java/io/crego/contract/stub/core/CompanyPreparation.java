package io.crego.contract.stub.core;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * Runs a preparation (the demo seed) once per company before its first request, and again after the
 * company is reset. A company whose state was imported counts as prepared: an import is the state
 * the caller wants, not a base to seed on.
 */
public final class CompanyPreparation implements Consumer<String> {

  private final Consumer<String> preparation;
  private final ConcurrentMap<String, Boolean> prepared = new ConcurrentHashMap<>();

  public CompanyPreparation(Consumer<String> preparation) {
    this.preparation = preparation;
  }

  public static CompanyPreparation none() {
    return new CompanyPreparation(companyId -> {});
  }

  /** Prepares the company unless it already is; concurrent first calls wait for the one run. */
  @Override
  public void accept(String companyId) {
    prepared.computeIfAbsent(
        companyId,
        id -> {
          preparation.accept(id);
          return Boolean.TRUE;
        });
  }

  public void forget(String companyId) {
    prepared.remove(companyId);
  }

  public void forgetAll() {
    prepared.clear();
  }

  public void markPrepared(Collection<String> companyIds) {
    companyIds.forEach(id -> prepared.put(id, Boolean.TRUE));
  }
}
