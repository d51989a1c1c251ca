package io.crego.contract.stub.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Persists documents in one SQLite table {@code documents(company, kind, id, seq, json)}. WAL mode
 * with {@code synchronous=FULL}: a commit is on disk when it returns, so an acknowledged write
 * survives {@code kill -9} (and a power cut). One connection, used by one thread at a time.
 */
final class SqliteJournal implements Journal {

  static final String DATABASE_FILE = "crego-stub.db";
  private static final String LOCK_FILE = "crego-stub.lock";

  private static final String UPSERT =
      "INSERT INTO documents (company, kind, id, seq, json) VALUES (?, ?, ?, ?, ?) "
          + "ON CONFLICT (company, kind, id) DO UPDATE SET seq = excluded.seq, json = excluded.json";
  private static final String DELETE =
      "DELETE FROM documents WHERE company = ? AND kind = ? AND id = ?";

  private final Path dataDir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Connection connection;

  private SqliteJournal(
      Path dataDir, FileChannel lockChannel, FileLock lock, Connection connection) {
    this.dataDir = dataDir;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.connection = connection;
  }

  /**
   * Opens (creating if needed) the database in {@code dataDir}.
   *
   * @throws IllegalStateException when another process has the directory open: two stubs writing
   *     one database would each miss the other's writes
   */
  static SqliteJournal open(Path dataDir) {
    FileChannel channel = null;
    try {
      Files.createDirectories(dataDir);
      channel =
          FileChannel.open(
              dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        throw new IllegalStateException(
            "The data directory " + dataDir + " is in use by another process");
      }
      Connection connection =
          DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(DATABASE_FILE));
      try {
        prepare(connection);
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return new SqliteJournal(dataDir, channel, lock, connection);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("Cannot open the data directory " + dataDir, e);
    } catch (SQLException e) {
      closeQuietly(channel);
      throw new IllegalStateException("Cannot open the database in " + dataDir, e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  /** WAL, full sync, the table; then every statement runs in an explicit transaction. */
  private static void prepare(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode=WAL");
      statement.execute("PRAGMA synchronous=FULL");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS documents ("
              + "company TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, "
              + "seq INTEGER NOT NULL, json TEXT NOT NULL, "
              + "PRIMARY KEY (company, kind, id))");
    }
    connection.setAutoCommit(false);
  }

  /** The lock, or null when another process (or this one) holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  @Override
  public synchronized Map<String, CompanySnapshot> load() {
    Map<String, CompanySnapshot.Builder> builders = new LinkedHashMap<>();
    String query = "SELECT company, kind, id, seq, json FROM documents ORDER BY company, seq";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        builders
            .computeIfAbsent(rows.getString(1), c -> new CompanySnapshot.Builder())
            .add(
                rows.getString(2),
                rows.getString(3),
                new StoredDocument(rows.getLong(4), rows.getString(5)));
      }
      connection.commit();
    } catch (SQLException e) {
      throw failure("read", e);
    }
    Map<String, CompanySnapshot> state = new LinkedHashMap<>();
    builders.forEach((company, builder) -> state.put(company, builder.build()));
    return state;
  }

  @Override
  public synchronized void commit(String companyId, List<Change> changes) {
    inTransaction(
        () -> {
          try (PreparedStatement upsert = connection.prepareStatement(UPSERT);
              PreparedStatement delete = connection.prepareStatement(DELETE)) {
            for (Change change : changes) {
              if (change.isDeletion()) {
                bind(delete, companyId, change.kind(), change.id());
                delete.addBatch();
              } else {
                bind(upsert, companyId, change.kind(), change.id());
                upsert.setLong(4, change.document().seq());
                upsert.setString(5, change.document().json());
                upsert.addBatch();
              }
            }
            upsert.executeBatch();
            delete.executeBatch();
          }
        });
  }

  @Override
  public synchronized void deleteCompany(String companyId) {
    inTransaction(
        () -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM documents WHERE company = ?")) {
            delete.setString(1, companyId);
            delete.executeUpdate();
          }
        });
  }

  @Override
  public synchronized void replaceAll(Map<String, CompanySnapshot> state) {
    inTransaction(
        () -> {
          try (Statement clear = connection.createStatement();
              PreparedStatement insert = connection.prepareStatement(UPSERT)) {
            clear.executeUpdate("DELETE FROM documents");
            for (Map.Entry<String, CompanySnapshot> company : state.entrySet()) {
              for (var kind : company.getValue().kinds().entrySet()) {
                List<KindTable.Located> documents = new ArrayList<>();
                kind.getValue()
                    .forEach((id, document) -> documents.add(new KindTable.Located(id, document)));
                for (KindTable.Located document : documents) {
                  bind(insert, company.getKey(), kind.getKey(), document.id());
                  insert.setLong(4, document.document().seq());
                  insert.setString(5, document.document().json());
                  insert.addBatch();
                }
              }
            }
            insert.executeBatch();
          }
        });
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    } finally {
      try {
        lock.release();
      } catch (IOException ignored) {
        // the lock goes with the channel anyway
      }
      closeQuietly(lockChannel);
    }
  }

  private interface SqlWork {
    void run() throws SQLException;
  }

  /** Runs the work as one transaction: committed (and synced) when it returns, else rolled back. */
  private void inTransaction(SqlWork work) {
    try {
      work.run();
      connection.commit();
    } catch (SQLException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw failure("write", e);
    }
  }

  private static void bind(PreparedStatement statement, String company, String kind, String id)
      throws SQLException {
    statement.setString(1, company);
    statement.setString(2, kind);
    statement.setString(3, id);
  }

  private IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("Cannot " + what + " the database in " + dataDir, e);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing more to release
      }
    }
  }
}
