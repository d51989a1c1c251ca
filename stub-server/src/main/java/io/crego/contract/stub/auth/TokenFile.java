package io.crego.contract.stub.auth;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The issued tokens of a stub with a data directory, in a small SQLite file of their own beside the
 * state's database ({@value #FILE}), so that a client's login outlives a restart. Only a SHA-256
 * digest of each token is written, never the token. WAL with {@code synchronous=NORMAL}: a token
 * survives the process being killed, and at worst a power cut forgets the last logins (the client
 * logs in again). Used by one thread at a time (the {@link TokenStore}'s lock).
 */
public final class TokenFile implements TokenTable {

  static final String FILE = "crego-tokens.db";

  private final Path file;
  private final Connection connection;

  private TokenFile(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating if needed) the token file in the data directory. */
  public static TokenFile open(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA journal_mode=WAL");
        statement.execute("PRAGMA synchronous=NORMAL");
        statement.execute(
            "CREATE TABLE IF NOT EXISTS tokens (digest TEXT PRIMARY KEY, username TEXT NOT NULL,"
                + " use TEXT NOT NULL, expires_at INTEGER NOT NULL, used INTEGER NOT NULL)");
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return new TokenFile(file, connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot open the token file " + file, e);
    }
  }

  /**
   * Every token kept, oldest first. Expired ones too: a client presenting one after a restart is
   * told {@code TOKEN_EXPIRED}, so its refresh path runs; the {@link TokenStore}'s bound forgets
   * the oldest.
   */
  @Override
  public boolean shared() {
    return false;
  }

  @Override
  public List<Row> load() {
    List<Row> rows = new ArrayList<>();
    try (Statement read = connection.createStatement();
        ResultSet result =
            read.executeQuery(
                "SELECT digest, username, use, expires_at, used FROM tokens ORDER BY rowid")) {
      while (result.next()) {
        rows.add(
            new Row(
                result.getString(1),
                result.getString(2),
                TokenStore.Use.valueOf(result.getString(3)),
                result.getLong(4),
                result.getInt(5) != 0));
      }
      return rows;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The file is this process's alone: everything in it was loaded on start. */
  @Override
  public Optional<Row> find(String digest) {
    return Optional.empty();
  }

  @Override
  public void insert(List<Row> rows) {
    try {
      connection.setAutoCommit(false);
      try {
        insertRows(rows);
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  private void insertRows(List<Row> rows) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT OR REPLACE INTO tokens (digest, username, use, expires_at, used)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (Row row : rows) {
        insert.setString(1, row.digest());
        insert.setString(2, row.username());
        insert.setString(3, row.use().name());
        insert.setLong(4, row.expiresAtMillis());
        insert.setInt(5, row.used() ? 1 : 0);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  @Override
  public boolean markUsed(String digest) {
    return update("UPDATE tokens SET used = 1 WHERE digest = ? AND used = 0", digest) == 1;
  }

  @Override
  public void delete(String digest) {
    update("DELETE FROM tokens WHERE digest = ?", digest);
  }

  /** Not needed: the {@link TokenStore}'s bound deletes the oldest rows as it forgets them. */
  @Override
  public void deleteExpiredBefore(long millis) {}

  private int update(String sql, String digest) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, digest);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  private IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("Cannot " + what + " the token file " + file, e);
  }
}
