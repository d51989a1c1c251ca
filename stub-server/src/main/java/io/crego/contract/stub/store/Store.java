package io.crego.contract.stub.store;

import java.util.Set;
import java.util.function.Function;

/**
 * The stub's state: documents per company and kind. Writes of one company are serialised and atomic
 * (a unit of work sees its own changes, and either all of them are kept or none), so two concurrent
 * transitions of one resource cannot both win and no update is lost. A persistent store has made a
 * write durable before {@link #write} returns: an acknowledged write survives a crash.
 */
public interface Store extends AutoCloseable {

  <R> R read(String companyId, Function<StoreView, R> work);

  <R> R write(String companyId, Function<StoreTransaction, R> work);

  /** Companies that have any data. */
  Set<String> companies();

  /** Forgets everything of one company. */
  void reset(String companyId);

  /** Forgets everything. */
  void resetAll();

  /** The whole state as JSON text: {@code {"companies": {"<id>": {"<kind>": {"<id>": {...}}}}}}. */
  String exportJson();

  /** Replaces the whole state with an export. */
  void importJson(String json);

  /**
   * Whether this store records which companies have been prepared (the demo seed) since their last
   * reset: a store several processes write does, so that a reset or import through one of them is
   * known to all. A store only this process writes does not: the process's memory knows.
   */
  default boolean recordsPreparation() {
    return false;
  }

  /**
   * Whether the company has been prepared since its last reset, or was imported (only when {@link
   * #recordsPreparation}).
   */
  default boolean isPrepared(String companyId) {
    throw new UnsupportedOperationException("this store does not record preparation");
  }

  /** Records that the company has been prepared (only when {@link #recordsPreparation}). */
  default void markPrepared(String companyId) {
    throw new UnsupportedOperationException("this store does not record preparation");
  }

  @Override
  void close();
}
