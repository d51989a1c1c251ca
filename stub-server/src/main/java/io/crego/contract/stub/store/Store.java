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

  @Override
  void close();
}
