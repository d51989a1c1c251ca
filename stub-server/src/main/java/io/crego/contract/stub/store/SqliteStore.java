package io.crego.contract.stub.store;

import java.nio.file.Path;

/**
 * A store that survives restarts and crashes: everything in memory for reads, every unit of work
 * written through to SQLite in {@code dataDir} (one transaction each) before it is acknowledged.
 */
public final class SqliteStore extends DocumentStore {

  /**
   * Opens the data directory, creating it when needed, and loads its documents.
   *
   * @throws IllegalStateException when another process has the directory open
   */
  public SqliteStore(Path dataDir) {
    super(SqliteJournal.open(dataDir));
  }
}
