package io.crego.contract.stub.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A write of one company in PostgreSQL: each put or delete goes to the database at once, inside the
 * transaction the store opened after locking the company's row, with the entries of the indexes it
 * touches and the counts. Its reads are the transaction's, so they see its own changes; when the
 * work throws, the store rolls the transaction back and nothing is kept.
 */
final class PostgresUnitOfWork extends PostgresView implements StoreTransaction {

  /**
   * Keeps the document's sequence on an update; tells an insert from an update. A document whose
   * text is the one stored already is not updated (no new row version, no new version number), and
   * then no row comes back.
   */
  private static final String UPSERT =
      "INSERT INTO documents (company, kind, id, seq, version, json) VALUES (?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (company, kind, id) DO UPDATE"
          + " SET version = excluded.version, json = excluded.json"
          + " WHERE documents.json IS DISTINCT FROM excluded.json"
          + " RETURNING seq, (xmax = 0) AS inserted";

  private static final String DELETE =
      "DELETE FROM documents WHERE company = ? AND kind = ? AND id = ? RETURNING seq";
  private static final String ADD_TO_COUNT =
      "INSERT INTO kind_counts (company, kind, documents) VALUES (?, ?, ?)"
          + " ON CONFLICT (company, kind) DO UPDATE"
          + " SET documents = kind_counts.documents + excluded.documents";
  private static final String BUILT_OF_KIND =
      "SELECT index_name FROM index_builds WHERE company = ? AND kind = ?";
  private static final String FORGET_BUILD =
      "DELETE FROM index_builds WHERE company = ? AND index_name = ?";
  private static final String UNFILE =
      "DELETE FROM index_entries WHERE company = ? AND index_name = ? AND id = ?"
          + " RETURNING key, amount";
  private static final String FILE =
      "INSERT INTO index_entries (company, index_name, id, key, seq, amount)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
  private static final String ADD_TO_KEY =
      "INSERT INTO index_keys (company, index_name, key, documents, total) VALUES (?, ?, ?, ?, ?)"
          + " ON CONFLICT (company, index_name, key) DO UPDATE"
          + " SET documents = index_keys.documents + excluded.documents,"
          + " total = index_keys.total + excluded.total";
  private static final String DROP_EMPTY_KEY =
      "DELETE FROM index_keys WHERE company = ? AND index_name = ? AND key = ? AND documents = 0";
  private static final String CLEAR_ENTRIES =
      "DELETE FROM index_entries WHERE company = ? AND index_name = ?";
  private static final String CLEAR_KEYS =
      "DELETE FROM index_keys WHERE company = ? AND index_name = ?";
  private static final String EVERY_DOCUMENT_OF_KIND =
      "SELECT id, seq, json FROM documents WHERE company = ? AND kind = ?";
  private static final String SUM_KEYS =
      "INSERT INTO index_keys (company, index_name, key, documents, total)"
          + " SELECT company, index_name, key, count(*), sum(amount) FROM index_entries"
          + " WHERE company = ? AND index_name = ? GROUP BY company, index_name, key";
  private static final String MARK_BUILT =
      "INSERT INTO index_builds (company, index_name, kind) VALUES (?, ?, ?)"
          + " ON CONFLICT DO NOTHING";

  private static final int BATCH = 1_000;

  /** The company's version this unit of work's changes get. */
  private final long version;

  private long nextSeq;
  private long writeCount;
  private boolean changed;

  /** Per kind, the built indexes this unit of work keeps up to date; filled on first write. */
  private final Map<String, List<Index<?>>> maintained = new HashMap<>();

  /**
   * @param connection in a transaction that holds the company's row lock
   * @param version the company's next version
   * @param nextSeq the sequence number the next new document gets
   */
  PostgresUnitOfWork(
      Connection connection, String company, SharedValues shared, long version, long nextSeq) {
    super(connection, company, shared);
    this.version = version;
    this.nextSeq = nextSeq;
  }

  @Override
  public <T> void put(Kind<T> kind, String id, T value) {
    requireId(id);
    store(kind, id, value, DocumentCodec.encode(kind, value));
  }

  @Override
  public <T> StoredJson putJson(Kind<T> kind, String id, T value) {
    requireId(id);
    JsonNode tree = DocumentCodec.tree(kind, value);
    String text = DocumentCodec.write(tree);
    store(kind, id, value, text);
    return new StoredJson(text, tree);
  }

  private <T> void store(Kind<T> kind, String id, T value, String json) {
    writeCount++;
    shared.remember(kind, json, value);
    List<Index<?>> indexes = maintained(kind.name());
    boolean written =
        StoreSql.run(
            () -> {
              long seq;
              boolean inserted;
              try (PreparedStatement upsert =
                      prepare(UPSERT, kind.name(), id, nextSeq, version, json);
                  ResultSet row = upsert.executeQuery()) {
                if (!row.next()) {
                  return false; // unchanged: its index entries and the counts are right as they are
                }
                seq = row.getLong(1);
                inserted = row.getBoolean(2);
              }
              if (inserted) {
                nextSeq++;
                addToCount(kind.name(), 1);
              }
              for (Index<?> index : indexes) {
                unfile(index, id);
                file(index, id, seq, value);
              }
              return true;
            });
    if (written) {
      changed = true;
    }
  }

  @Override
  public <T> void delete(Kind<T> kind, String id) {
    requireId(id);
    writeCount++;
    List<Index<?>> indexes = maintained(kind.name());
    StoreSql.run(
        () -> {
          try (PreparedStatement delete = prepare(DELETE, kind.name(), id);
              ResultSet row = delete.executeQuery()) {
            if (!row.next()) {
              return null;
            }
          }
          changed = true;
          addToCount(kind.name(), -1);
          for (Index<?> index : indexes) {
            unfile(index, id);
          }
          return null;
        });
  }

  @Override
  public long writeCount() {
    return writeCount;
  }

  boolean hasChanges() {
    return changed;
  }

  long nextSeq() {
    return nextSeq;
  }

  /** Inside a write the company is locked already: the index is built here, in this transaction. */
  @Override
  void whenNotBuilt(Index<?> index) {
    build(index);
    markBuilt(index);
    List<Index<?>> kept = maintained.get(index.kind().name());
    if (kept != null) {
      kept.add(index);
    }
  }

  /**
   * Fills the index's entries from the kind's documents (replacing any left from an earlier build)
   * and records it built. The caller holds the company's row lock.
   */
  void build(Index<?> index) {
    StoreSql.run(
        () -> {
          String name = index.storedName();
          try (PreparedStatement entries = prepare(CLEAR_ENTRIES, name);
              PreparedStatement keys = prepare(CLEAR_KEYS, name)) {
            entries.executeUpdate();
            keys.executeUpdate();
          }
          try (PreparedStatement documents = prepare(EVERY_DOCUMENT_OF_KIND, index.kind().name());
              PreparedStatement file = connection.prepareStatement(FILE)) {
            documents.setFetchSize(BATCH); // streamed: a kind of millions is not held at once
            int pending = 0;
            try (ResultSet rows = documents.executeQuery()) {
              while (rows.next()) {
                Object model =
                    DocumentCodec.decode(index.kind(), new StoredDocument(0, rows.getString(3)));
                String key = index.keyOf(model);
                if (key == null) {
                  continue;
                }
                file.setString(1, company);
                file.setString(2, name);
                file.setString(3, rows.getString(1));
                file.setString(4, key);
                file.setLong(5, rows.getLong(2));
                file.setBigDecimal(6, index.amountOf(model));
                file.addBatch();
                if (++pending == BATCH) {
                  file.executeBatch();
                  pending = 0;
                }
              }
            }
            file.executeBatch();
          }
          try (PreparedStatement sum = prepare(SUM_KEYS, name);
              PreparedStatement mark = prepare(MARK_BUILT, name, index.kind().name())) {
            sum.executeUpdate();
            mark.executeUpdate();
          }
          return null;
        });
  }

  /**
   * The built indexes of the kind that this process knows. A built index it does not know (declared
   * by a newer jar on another replica) cannot be kept up to date here: its build is forgotten, so
   * that whoever uses it next builds it again.
   */
  private List<Index<?>> maintained(String kind) {
    List<Index<?>> known = maintained.get(kind);
    if (known != null) {
      return known;
    }
    List<Index<?>> indexes = new ArrayList<>();
    StoreSql.run(
        () -> {
          List<String> unknown = new ArrayList<>();
          try (PreparedStatement query = prepare(BUILT_OF_KIND, kind);
              ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              Index<?> index = Index.declared(rows.getString(1));
              if (index == null) {
                unknown.add(rows.getString(1));
              } else {
                indexes.add(index);
                markBuilt(index);
              }
            }
          }
          for (String name : unknown) {
            try (PreparedStatement forget = prepare(FORGET_BUILD, name)) {
              forget.executeUpdate();
            }
          }
          return null;
        });
    maintained.put(kind, indexes);
    return indexes;
  }

  private void addToCount(String kind, long delta) throws SQLException {
    try (PreparedStatement add = prepare(ADD_TO_COUNT, kind, delta)) {
      add.executeUpdate();
    }
  }

  private void unfile(Index<?> index, String id) throws SQLException {
    String key;
    BigDecimal amount;
    try (PreparedStatement unfile = prepare(UNFILE, index.storedName(), id);
        ResultSet row = unfile.executeQuery()) {
      if (!row.next()) {
        return;
      }
      key = row.getString(1);
      amount = row.getBigDecimal(2);
    }
    addToKey(index, key, -1, amount == null ? null : amount.negate());
    try (PreparedStatement drop = prepare(DROP_EMPTY_KEY, index.storedName(), key)) {
      drop.executeUpdate();
    }
  }

  private void file(Index<?> index, String id, long seq, Object model) throws SQLException {
    String key = index.keyOf(model);
    if (key == null) {
      return;
    }
    BigDecimal amount = index.amountOf(model);
    try (PreparedStatement file = prepare(FILE, index.storedName(), id, key, seq, amount)) {
      file.executeUpdate();
    }
    addToKey(index, key, 1, amount);
  }

  private void addToKey(Index<?> index, String key, long documents, BigDecimal total)
      throws SQLException {
    try (PreparedStatement add = prepare(ADD_TO_KEY, index.storedName(), key, documents, total)) {
      add.executeUpdate();
    }
  }

  private static void requireId(String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("A document needs a non-empty id");
    }
  }
}
