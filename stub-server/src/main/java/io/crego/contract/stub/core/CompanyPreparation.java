package io.crego.contract.stub.core;

import io.crego.contract.stub.store.Store;
import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 *
 * <p>Start-up prepares the first user's company only (what the dev token and the first request most
 * likely use); the other users' companies are prepared {@link #inBackground in the background}
 * right after, and any of them called before its turn is prepared by that call.
 */
public final class CompanyPreparation implements Consumer<String> {

  private final Consumer<String> preparation;
  private final Store store;
  private final ConcurrentMap<String, Boolean> prepared = new ConcurrentHashMap<>();
  private volatile CompletableFuture<Void> background = CompletableFuture.completedFuture(null);
  private volatile boolean stopping;

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

  /**
   * Prepares the companies one after another on a thread of its own. A request for one of them
   * meanwhile waits for its preparation (or makes it, when its turn has not come); a company the
   * run cannot prepare is reported on {@code err} and left to its first request.
   */
  public void inBackground(List<String> companyIds, PrintStream err) {
    if (companyIds.isEmpty()) {
      return;
    }
    CompletableFuture<Void> run = new CompletableFuture<>();
    background = run;
    Thread thread =
        new Thread(
            () -> {
              try {
                for (String companyId : companyIds) {
                  if (stopping) {
                    return;
                  }
                  try {
                    accept(companyId);
                  } catch (RuntimeException e) {
                    if (!stopping) {
                      err.println(
                          "crego-stub: preparing company "
                              + companyId
                              + " in the background failed ("
                              + e.getMessage()
                              + "); its first request prepares it");
                    }
                  }
                }
              } finally {
                run.complete(null);
              }
            },
            "crego-stub-preparation");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Waits for the background preparation to finish (at once when none runs): what changes or
   * exports the whole state (reset, import, export) must not interleave with a company half
   * prepared.
   */
  public void awaitBackground() {
    background.join();
  }

  /** Stops the background preparation after the company it is on, and waits for that one. */
  public void stopBackground() {
    stopping = true;
    background.join();
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
