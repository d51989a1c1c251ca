package io.crego.contract.stub.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The issued tokens of a stub whose state is in PostgreSQL, in the {@code tokens} table beside the
 * state (created by the store's migrations), so that every replica knows every login: a load
 * balancer may send a client's next call to any of them. Using up a refresh token is one
 * conditional update, so of two replicas redeeming the same token at once exactly one succeeds.
 */
public final class PostgresTokenTable implements TokenTable {

  private final DataSource dataSource;

  /**
   * @param dataSource the store's pool (the store has migrated the schema)
   */
  public PostgresTokenTable(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean shared() {
    return true;
  }

  /** Nothing up front: there may be any number of tokens; each is read when presented. */
  @Override
  public List<Row> load() {
    return List.of();
  }

  @Override
  public Optional<Row> find(String digest) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT username, use, expires_at, used FROM tokens WHERE digest = ?")) {
      query.setString(1, digest);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Row(
                digest,
                row.getString(1),
                TokenStore.Use.valueOf(row.getString(2)),
                row.getLong(3),
                row.getBoolean(4)));
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public void insert(List<Row> rows) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO tokens (digest, username, use, expires_at, used)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        for (Row row : rows) {
          insert.setString(1, row.digest());
          insert.setString(2, row.username());
          insert.setString(3, row.use().name());
          insert.setLong(4, row.expiresAtMillis());
          insert.setBoolean(5, row.used());
          insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  @Override
  public boolean markUsed(String digest) {
    return update("UPDATE tokens SET used = TRUE WHERE digest = ? AND NOT used", digest) == 1;
  }

  @Override
  public void delete(String digest) {
    update("DELETE FROM tokens WHERE digest = ?", digest);
  }

  @Override
  public void deleteExpiredBefore(long millis) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM tokens WHERE expires_at < ?")) {
      delete.setLong(1, millis);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  private int update(String sql, String digest) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, digest);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  /** The pool is the store's: it closes it. */
  @Override
  public void close() {}

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("Cannot " + what + " the tokens table: " + e.getMessage(), e);
  }
}
