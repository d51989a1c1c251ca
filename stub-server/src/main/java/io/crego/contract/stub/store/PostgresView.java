package io.crego.contract.stub.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One company's documents as a PostgreSQL transaction sees them: every read is a query on an
 * indexed column, so a read costs what it returns, not the size of the company. The store runs a
 * read in a repeatable-read transaction, so every query of one view sees the same state.
 *
 * <p>An {@link Index} must be built (its entries in {@code index_entries}) before a lookup; when it
 * is not, this view throws {@link IndexNotBuilt} and the store builds it under the company's lock
 * and runs the read again. A unit of work ({@link PostgresUnitOfWork}) builds it in place.
 */
class PostgresView implements StoreView {

  private static final String JSON_BY_ID =
      "SELECT json FROM documents WHERE company = ? AND kind = ? AND id = ?";
  private static final String ALL =
      "SELECT json FROM documents WHERE company = ? AND kind = ? ORDER BY seq";
  private static final String PAGE =
      "SELECT json FROM documents WHERE company = ? AND kind = ? ORDER BY seq DESC"
          + " OFFSET ? LIMIT ?";
  private static final String KIND_COUNT =
      "SELECT documents FROM kind_counts WHERE company = ? AND kind = ?";
  private static final String IS_BUILT =
      "SELECT 1 FROM index_builds WHERE company = ? AND index_name = ?";
  private static final String IDS_WHERE =
      "SELECT id FROM index_entries WHERE company = ? AND index_name = ? AND key = ? ORDER BY seq";
  private static final String KEY_FIGURES =
      "SELECT documents, total FROM index_keys WHERE company = ? AND index_name = ? AND key = ?";
  private static final String INDEX_ALL =
      "SELECT d.json FROM index_entries e JOIN documents d"
          + " ON d.company = e.company AND d.id = e.id"
          + " WHERE e.company = ? AND d.kind = ? AND e.index_name = ? AND e.key = ?"
          + " ORDER BY e.seq";
  private static final String INDEX_PAGE =
      "SELECT d.json FROM index_entries e JOIN documents d"
          + " ON d.company = e.company AND d.id = e.id"
          + " WHERE e.company = ? AND d.kind = ? AND e.index_name = ? AND e.key = ?"
          + " ORDER BY e.seq DESC OFFSET ? LIMIT ?";

  /** Thrown by a lookup on an index that is not built for the company. */
  static final class IndexNotBuilt extends RuntimeException {
    final transient Index<?> index;

    IndexNotBuilt(Index<?> index) {
      super(index + " is not built", null, false, false);
      this.index = index;
    }
  }

  final Connection connection;
  final String company;
  final SharedValues shared;

  /** Indexes seen built in this transaction (they stay so until it ends). */
  private final Set<Index<?>> built = new HashSet<>();

  PostgresView(Connection connection, String company, SharedValues shared) {
    this.connection = connection;
    this.company = company;
    this.shared = shared;
  }

  @Override
  public <T> Optional<T> get(Kind<T> kind, String id) {
    return json(kind, id).map(json -> decode(kind, json));
  }

  @Override
  public Optional<String> json(Kind<?> kind, String id) {
    List<String> found = texts(JSON_BY_ID, kind.name(), id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public <T> List<T> all(Kind<T> kind) {
    return decodeAll(kind, texts(ALL, kind.name()));
  }

  @Override
  public <T> List<TextAndModel<T>> allWithText(Kind<T> kind) {
    return withModels(kind, texts(ALL, kind.name()));
  }

  @Override
  public <T> int count(Kind<T> kind) {
    return StoreSql.run(
        () -> {
          try (PreparedStatement query = prepare(KIND_COUNT, kind.name());
              ResultSet row = query.executeQuery()) {
            return row.next() ? Math.toIntExact(row.getLong(1)) : 0;
          }
        });
  }

  @Override
  public <T> List<T> newestFirst(Kind<T> kind, int offset, int limit) {
    return decodeAll(kind, newestFirstJson(kind, offset, limit));
  }

  @Override
  public <T> List<String> newestFirstJson(Kind<T> kind, int offset, int limit) {
    requirePage(offset, limit);
    return texts(PAGE, kind.name(), offset, limit);
  }

  @Override
  public <T> List<String> idsWhere(Index<T> index, String key) {
    Objects.requireNonNull(key, "key");
    requireBuilt(index);
    return texts(IDS_WHERE, index.storedName(), key);
  }

  @Override
  public <T> int count(Index<T> index, String key) {
    Objects.requireNonNull(key, "key");
    requireBuilt(index);
    return StoreSql.run(
        () -> {
          try (PreparedStatement query = prepare(KEY_FIGURES, index.storedName(), key);
              ResultSet row = query.executeQuery()) {
            return row.next() ? Math.toIntExact(row.getLong(1)) : 0;
          }
        });
  }

  @Override
  public <T> BigDecimal total(Index<T> index, String key) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(index, "index");
    if (!index.sums()) {
      throw new IllegalArgumentException(index + " keeps no totals: declare it Index.summing");
    }
    requireBuilt(index);
    return StoreSql.run(
        () -> {
          try (PreparedStatement query = prepare(KEY_FIGURES, index.storedName(), key);
              ResultSet row = query.executeQuery()) {
            return row.next() ? row.getBigDecimal(2) : BigDecimal.ZERO;
          }
        });
  }

  @Override
  public <T> List<T> newestFirst(Index<T> index, String key, int offset, int limit) {
    return decodeAll(index.kind(), newestFirstJson(index, key, offset, limit));
  }

  @Override
  public <T> List<String> newestFirstJson(Index<T> index, String key, int offset, int limit) {
    Objects.requireNonNull(key, "key");
    requirePage(offset, limit);
    requireBuilt(index);
    return texts(INDEX_PAGE, index.kind().name(), index.storedName(), key, offset, limit);
  }

  @Override
  public <T> List<TextAndModel<T>> withTextWhere(Index<T> index, String key) {
    Objects.requireNonNull(key, "key");
    requireBuilt(index);
    return withModels(index.kind(), texts(INDEX_ALL, index.kind().name(), index.storedName(), key));
  }

  /** What this view does when an index is not built: the store builds it and reads again. */
  void whenNotBuilt(Index<?> index) {
    throw new IndexNotBuilt(index);
  }

  /** Notes that the index is built, for the rest of this transaction. */
  void markBuilt(Index<?> index) {
    built.add(index);
  }

  /** Makes sure the index is built for the company before a lookup (see {@link #whenNotBuilt}). */
  void requireBuilt(Index<?> index) {
    Objects.requireNonNull(index, "index");
    if (built.contains(index)) {
      return;
    }
    boolean isBuilt =
        StoreSql.run(
            () -> {
              try (PreparedStatement query = prepare(IS_BUILT, index.storedName());
                  ResultSet row = query.executeQuery()) {
                return row.next();
              }
            });
    if (isBuilt) {
      built.add(index);
    } else {
      whenNotBuilt(index);
    }
  }

  // --- statements ---

  /** A statement with the company as its first parameter, then the given ones. */
  PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setString(1, company);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 2, parameters[i]);
    }
    return statement;
  }

  /** The first column of every row the query gives, as text. */
  private List<String> texts(String sql, Object... parameters) {
    return StoreSql.run(
        () -> {
          List<String> values = new ArrayList<>();
          try (PreparedStatement query = prepare(sql, parameters);
              ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              values.add(rows.getString(1));
            }
          }
          return values;
        });
  }

  <T> T decode(Kind<T> kind, String json) {
    return shared.decode(kind, json);
  }

  private <T> List<T> decodeAll(Kind<T> kind, List<String> texts) {
    List<T> values = new ArrayList<>(texts.size());
    texts.forEach(json -> values.add(decode(kind, json)));
    return values;
  }

  private <T> List<TextAndModel<T>> withModels(Kind<T> kind, List<String> texts) {
    List<TextAndModel<T>> values = new ArrayList<>(texts.size());
    texts.forEach(json -> values.add(new TextAndModel<>(json, decode(kind, json))));
    return values;
  }

  private static void requirePage(int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }
}
