package io.crego.contract.stub.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A store in a PostgreSQL database that several stub processes (replicas) share: they serve one
 * state. The tables are in {@code db/migration} (see {@link PostgresSchema}).
 *
 * <p>Every unit of work of a company is one database transaction that first locks the company's row
 * ({@code SELECT ... FOR UPDATE}): writes of one company are serialised across replicas by the
 * database itself, and a write is acknowledged only once committed. Each replica keeps the company
 * snapshot it last saw, tagged with the company's version; every read and write first asks the
 * database for the current version (one query, which also brings what changed since) so a write
 * acknowledged by one replica is seen by the next read on any other: no cache goes stale.
 * Whole-store operations (reset all, import) lock the companies table, which waits for the writes
 * under way and keeps new ones out.
 */
public final class PostgresStore implements Store {

  private static final String LOCK_COMPANY =
      "SELECT version, reset_version, next_seq FROM companies WHERE company = ? FOR UPDATE";
  private static final String ADD_COMPANY =
      "INSERT INTO companies (company, version, reset_version, next_seq) VALUES (?, 0, 0, 1)"
          + " ON CONFLICT (company) DO NOTHING";

  /** The company's version and what changed after a given version, in one statement (one view). */
  private static final String CHANGES_SINCE =
      "SELECT c.version, c.reset_version, c.next_seq, d.kind, d.id, d.seq, d.json"
          + " FROM companies c LEFT JOIN documents d"
          + " ON d.company = c.company AND d.version > ?"
          + " WHERE c.company = ?";

  /** The company's version and every document it has, oldest first, in one statement. */
  private static final String EVERYTHING =
      "SELECT c.version, c.reset_version, c.next_seq, d.kind, d.id, d.seq, d.json"
          + " FROM companies c LEFT JOIN documents d"
          + " ON d.company = c.company AND d.json IS NOT NULL"
          + " WHERE c.company = ? ORDER BY d.seq";

  private static final String UPSERT =
      "INSERT INTO documents (company, kind, id, seq, version, json) VALUES (?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (company, kind, id) DO UPDATE"
          + " SET seq = excluded.seq, version = excluded.version, json = excluded.json";
  private static final String DELETE =
      "UPDATE documents SET json = NULL, version = ? WHERE company = ? AND kind = ? AND id = ?";
  private static final String SET_HEAD =
      "UPDATE companies SET version = ?, next_seq = ? WHERE company = ?";

  /** Every company's state as after a reset: a cache of any of them reloads. */
  private static final String RESET_EVERY_COMPANY =
      "UPDATE companies SET version = version + 1, reset_version = version + 1, next_seq = 1,"
          + " prepared = FALSE";

  private final HikariDataSource pool;
  private final String where;
  private final Map<String, Slot> companies = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /** What this replica knows of one company, and its lock for the writes this replica makes. */
  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock();
    final AtomicReference<Cached> cached = new AtomicReference<>(Cached.NONE);
  }

  /** A company's documents as of a version of the company. */
  private record Cached(CompanySnapshot snapshot, long version) {
    static final Cached NONE = new Cached(CompanySnapshot.EMPTY, 0);
  }

  /** A company's row: its version, the version of its last reset, its next sequence number. */
  private record Head(long version, long resetVersion, long nextSeq) {}

  /**
   * Connects (a small pool), and creates or migrates the schema.
   *
   * @param jdbcUrl e.g. {@code jdbc:postgresql://db:5432/crego}
   * @param user null to take it from the URL
   * @param password null to take it from the URL
   * @throws IllegalStateException when the database cannot be reached or its schema is newer than
   *     this stub knows
   */
  public PostgresStore(String jdbcUrl, String user, String password) {
    this.where = StoreLocation.withoutPassword(jdbcUrl);
    this.pool = connect(jdbcUrl, user, password, where);
    try {
      PostgresSchema.migrate(pool, where);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static HikariDataSource connect(
      String jdbcUrl, String user, String password, String where) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setPoolName("crego-stub-store");
    config.setMaximumPoolSize(10);
    config.setConnectionTimeout(10_000);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Cannot connect to the PostgreSQL database " + where + ": " + rootMessage(e), e);
    }
  }

  /**
   * The store's connection pool, for the other tables of its schema (the shared tokens); closed
   * with the store.
   */
  public DataSource dataSource() {
    return pool;
  }

  @Override
  public <R> R read(String companyId, Function<StoreView, R> work) {
    requireOpen();
    Slot slot = slot(requireCompany(companyId));
    CompanySnapshot snapshot =
        inAutoCommit(connection -> catchUp(connection, companyId, slot).snapshot());
    return work.apply(new SnapshotView(snapshot));
  }

  @Override
  public <R> R write(String companyId, Function<StoreTransaction, R> work) {
    requireOpen();
    Slot slot = slot(requireCompany(companyId));
    if (slot.lock.isHeldByCurrentThread()) {
      // The outer unit of work would overwrite the inner one's changes.
      throw new IllegalStateException("A write of company " + companyId + " inside another one");
    }
    // The local lock keeps this replica's writers of the company from each holding a connection
    // while they queue for the row lock; the row lock serialises them with other replicas'.
    slot.lock.lock();
    try {
      Outcome<R> outcome =
          inTransaction(
              connection -> {
                Head head = lockCompany(connection, companyId);
                Cached base = slot.cached.get();
                if (base.version() != head.version()) {
                  base = catchUp(connection, companyId, slot);
                }
                UnitOfWork unit = new UnitOfWork(base.snapshot());
                R result = work.apply(unit);
                if (!unit.hasChanges()) {
                  return new Outcome<>(result, null);
                }
                long version = head.version() + 1;
                CompanySnapshot next = unit.result();
                persist(connection, companyId, version, unit.changes());
                setHead(connection, companyId, version, next.nextSeq());
                return new Outcome<>(result, new Cached(next, version));
              });
      // Published only now that it is committed.
      if (outcome.committed() != null) {
        publish(slot, outcome.committed());
      }
      return outcome.result();
    } finally {
      slot.lock.unlock();
    }
  }

  /** What a write's transaction leads to: the work's result and the state it committed. */
  private record Outcome<R>(R result, Cached committed) {}

  @Override
  public Set<String> companies() {
    requireOpen();
    return inAutoCommit(
        connection -> {
          Set<String> withData = new TreeSet<>();
          try (Statement statement = connection.createStatement();
              ResultSet rows =
                  statement.executeQuery(
                      "SELECT DISTINCT company FROM documents WHERE json IS NOT NULL")) {
            while (rows.next()) {
              withData.add(rows.getString(1));
            }
          }
          return withData;
        });
  }

  @Override
  public void reset(String companyId) {
    requireOpen();
    Slot slot = slot(requireCompany(companyId));
    slot.lock.lock();
    try {
      long version =
          inTransaction(
              connection -> {
                long next = lockCompany(connection, companyId).version() + 1;
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM documents WHERE company = ?");
                    PreparedStatement head =
                        connection.prepareStatement(
                            "UPDATE companies SET version = ?, reset_version = ?, next_seq = 1,"
                                + " prepared = FALSE WHERE company = ?")) {
                  delete.setString(1, companyId);
                  delete.executeUpdate();
                  head.setLong(1, next);
                  head.setLong(2, next);
                  head.setString(3, companyId);
                  head.executeUpdate();
                }
                return next;
              });
      publish(slot, new Cached(CompanySnapshot.EMPTY, version));
    } finally {
      slot.lock.unlock();
    }
  }

  @Override
  public void resetAll() {
    requireOpen();
    inTransaction(
        connection -> {
          lockEveryCompany(connection);
          try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM documents");
            statement.executeUpdate(RESET_EVERY_COMPANY);
          }
          return null;
        });
  }

  @Override
  public String exportJson() {
    requireOpen();
    Map<String, CompanySnapshot.Builder> builders = new TreeMap<>();
    inTransaction(
        connection -> {
          // One view of every company, however many statements it takes.
          try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            try (ResultSet rows =
                statement.executeQuery(
                    "SELECT company, kind, id, seq, json FROM documents"
                        + " WHERE json IS NOT NULL ORDER BY company, seq")) {
              while (rows.next()) {
                builders
                    .computeIfAbsent(rows.getString(1), c -> new CompanySnapshot.Builder())
                    .add(
                        rows.getString(2),
                        rows.getString(3),
                        new StoredDocument(rows.getLong(4), rows.getString(5)));
              }
            }
          }
          return null;
        });
    Map<String, CompanySnapshot> state = new TreeMap<>();
    builders.forEach((company, builder) -> state.put(company, builder.build()));
    return ExportFormat.write(state);
  }

  @Override
  public void importJson(String json) {
    requireOpen();
    Map<String, CompanySnapshot> state = ExportFormat.parse(json);
    inTransaction(
        connection -> {
          lockEveryCompany(connection);
          try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM documents");
            statement.executeUpdate(RESET_EVERY_COMPANY);
          }
          for (Map.Entry<String, CompanySnapshot> company : state.entrySet()) {
            long version = importHead(connection, company.getKey(), company.getValue().nextSeq());
            List<Change> documents = new ArrayList<>();
            company
                .getValue()
                .kinds()
                .forEach(
                    (kind, table) ->
                        table.forEach(
                            (id, document) -> documents.add(new Change(kind, id, document))));
            persist(connection, company.getKey(), version, documents);
          }
          return null;
        });
  }

  @Override
  public boolean recordsPreparation() {
    return true;
  }

  /** The company's {@code prepared} flag: a reset through any replica clears it. */
  @Override
  public boolean isPrepared(String companyId) {
    requireOpen();
    return inAutoCommit(
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement("SELECT prepared FROM companies WHERE company = ?")) {
            query.setString(1, requireCompany(companyId));
            try (ResultSet row = query.executeQuery()) {
              return row.next() && row.getBoolean(1);
            }
          }
        });
  }

  @Override
  public void markPrepared(String companyId) {
    requireOpen();
    inAutoCommit(
        connection -> {
          try (PreparedStatement add = connection.prepareStatement(ADD_COMPANY);
              PreparedStatement mark =
                  connection.prepareStatement(
                      "UPDATE companies SET prepared = TRUE WHERE company = ?")) {
            add.setString(1, requireCompany(companyId));
            add.executeUpdate();
            mark.setString(1, companyId);
            mark.executeUpdate();
          }
          return null;
        });
  }

  /** Closes the pool; closing twice does nothing. */
  @Override
  public void close() {
    closed = true;
    pool.close();
  }

  // --- reading and writing rows ---

  /** The company's state now: what this replica had, brought up to date from the database. */
  private Cached catchUp(Connection connection, String companyId, Slot slot) throws SQLException {
    Cached cached = slot.cached.get();
    Cached fresh = changesSince(connection, companyId, cached);
    if (fresh == null) {
      fresh = everything(connection, companyId);
    }
    if (fresh != cached) {
      publish(slot, fresh);
    }
    return fresh;
  }

  /**
   * The cached state with what changed after its version, or null when that cannot tell: the
   * company was reset or imported since (its deleted documents left no trace), or the database is
   * not the one the cache came from.
   */
  private static Cached changesSince(Connection connection, String companyId, Cached cached)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(CHANGES_SINCE)) {
      query.setLong(1, cached.version());
      query.setString(2, companyId);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return cached.version() == 0 ? cached : null; // a company nobody has written yet
        }
        Head head = head(rows);
        if (head.version() == cached.version()) {
          return cached;
        }
        if (cached.version() < head.resetVersion() || cached.version() > head.version()) {
          return null;
        }
        List<Change> changes = new ArrayList<>();
        do {
          if (rows.getString(4) != null) {
            String json = rows.getString(7);
            changes.add(
                new Change(
                    rows.getString(4),
                    rows.getString(5),
                    json == null ? null : new StoredDocument(rows.getLong(6), json)));
          }
        } while (rows.next());
        return new Cached(cached.snapshot().with(changes, head.nextSeq()), head.version());
      }
    }
  }

  private static Cached everything(Connection connection, String companyId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(EVERYTHING)) {
      query.setString(1, companyId);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Cached.NONE;
        }
        Head head = head(rows);
        CompanySnapshot.Builder builder = new CompanySnapshot.Builder();
        do {
          if (rows.getString(4) != null) {
            builder.add(
                rows.getString(4),
                rows.getString(5),
                new StoredDocument(rows.getLong(6), rows.getString(7)));
          }
        } while (rows.next());
        return new Cached(builder.build(head.nextSeq()), head.version());
      }
    }
  }

  private static Head head(ResultSet row) throws SQLException {
    return new Head(row.getLong(1), row.getLong(2), row.getLong(3));
  }

  /** Locks the company's row until the transaction ends, creating the row on its first write. */
  private static Head lockCompany(Connection connection, String companyId) throws SQLException {
    Head head = selectForUpdate(connection, companyId);
    if (head != null) {
      return head;
    }
    try (PreparedStatement add = connection.prepareStatement(ADD_COMPANY)) {
      add.setString(1, companyId);
      add.executeUpdate();
    }
    return selectForUpdate(connection, companyId);
  }

  private static Head selectForUpdate(Connection connection, String companyId) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK_COMPANY)) {
      lock.setString(1, companyId);
      try (ResultSet row = lock.executeQuery()) {
        return row.next() ? head(row) : null;
      }
    }
  }

  /** Keeps every write out until the transaction ends (plain reads go on, seeing the old state). */
  private static void lockEveryCompany(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("LOCK TABLE companies IN EXCLUSIVE MODE");
    }
  }

  private static void persist(
      Connection connection, String companyId, long version, List<Change> changes)
      throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT);
        PreparedStatement delete = connection.prepareStatement(DELETE)) {
      for (Change change : changes) {
        if (change.isDeletion()) {
          delete.setLong(1, version);
          delete.setString(2, companyId);
          delete.setString(3, change.kind());
          delete.setString(4, change.id());
          delete.addBatch();
        } else {
          upsert.setString(1, companyId);
          upsert.setString(2, change.kind());
          upsert.setString(3, change.id());
          upsert.setLong(4, change.document().seq());
          upsert.setLong(5, version);
          upsert.setString(6, change.document().json());
          upsert.addBatch();
        }
      }
      upsert.executeBatch();
      delete.executeBatch();
    }
  }

  private static void setHead(Connection connection, String companyId, long version, long nextSeq)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(SET_HEAD)) {
      update.setLong(1, version);
      update.setLong(2, nextSeq);
      update.setString(3, companyId);
      update.executeUpdate();
    }
  }

  /** An imported company's row, as after a reset; its version, which its documents get. */
  private static long importHead(Connection connection, String companyId, long nextSeq)
      throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO companies (company, version, reset_version, next_seq, prepared)"
                + " VALUES (?, 1, 1, ?, TRUE) ON CONFLICT (company) DO UPDATE"
                + " SET next_seq = excluded.next_seq, prepared = TRUE RETURNING version")) {
      upsert.setString(1, companyId);
      upsert.setLong(2, nextSeq);
      try (ResultSet row = upsert.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** Keeps the newer of what the slot has and what was just read. */
  private static void publish(Slot slot, Cached state) {
    slot.cached.accumulateAndGet(
        state, (held, offered) -> offered.version() >= held.version() ? offered : held);
  }

  // --- connections and transactions ---

  private interface SqlWork<R> {
    R run(Connection connection) throws SQLException;
  }

  /** Runs statements outside a transaction: each one alone sees one consistent state. */
  private <R> R inAutoCommit(SqlWork<R> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Runs the work as one transaction: committed when it returns, else rolled back. */
  private <R> R inTransaction(SqlWork<R> work) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        R result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
      // The pool gives the connection back in auto-commit mode: it resets what a user changed.
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private IllegalStateException failure(SQLException e) {
    return new IllegalStateException(
        "The PostgreSQL database " + where + " failed: " + rootMessage(e), e);
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }

  private Slot slot(String companyId) {
    return companies.computeIfAbsent(companyId, c -> new Slot());
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("The store is closed");
    }
  }

  private static String requireCompany(String companyId) {
    if (companyId == null || companyId.isEmpty()) {
      throw new IllegalArgumentException("A company id is required");
    }
    return companyId;
  }
}
