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
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A store in a PostgreSQL database that several stub processes (replicas) share: they serve one
 * state. The tables are in {@code db/migration} (see {@link PostgresSchema}).
 *
 * <p>No replica keeps a copy of a company: every read is a repeatable-read transaction of queries
 * on indexed columns ({@link PostgresView}), reading only what it returns, so a write committed by
 * one replica is seen by the next read on any other and a company of millions of documents costs a
 * replica no heap. Every unit of work of a company is one database transaction that first locks the
 * company's row ({@code SELECT ... FOR UPDATE}) and then writes each change, with its index entries
 * and counts, as it is made ({@link PostgresUnitOfWork}): writes of one company are serialised
 * across replicas by the database itself, and a write is acknowledged only once committed.
 * Whole-store operations (reset all, import) lock the companies table, which waits for the writes
 * under way and keeps new ones out.
 */
public final class PostgresStore implements Store {

  private static final String LOCK_COMPANY =
      "SELECT version, next_seq FROM companies WHERE company = ? FOR UPDATE";
  private static final String ADD_COMPANY =
      "INSERT INTO companies (company, version, reset_version, next_seq) VALUES (?, 0, 0, 1)"
          + " ON CONFLICT (company) DO NOTHING";

  private static final String INSERT =
      "INSERT INTO documents (company, kind, id, seq, version, json) VALUES (?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (company, kind, id) DO UPDATE"
          + " SET seq = excluded.seq, version = excluded.version, json = excluded.json";
  private static final String SET_HEAD =
      "UPDATE companies SET version = ?, next_seq = ? WHERE company = ?";

  /** The tables a company's documents are in, emptied by a reset. */
  private static final List<String> COMPANY_TABLES =
      List.of("index_builds", "index_keys", "index_entries", "kind_counts", "documents");

  /** Every company's state as after a reset. */
  private static final String RESET_EVERY_COMPANY =
      "UPDATE companies SET version = version + 1, reset_version = version + 1, next_seq = 1,"
          + " prepared = FALSE";

  /** How often a read runs again after building an index it found unbuilt. */
  private static final int READ_ATTEMPTS = 4;

  private final HikariDataSource pool;
  private final String where;

  /** Per company, the lock of the writes this replica makes. */
  private final Map<String, ReentrantLock> writeLocks = new ConcurrentHashMap<>();

  private final SharedValues shared = new SharedValues();

  private volatile boolean closed;

  /** A company's row: its version and its next sequence number. */
  private record Head(long version, long nextSeq) {}

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
    requireCompany(companyId);
    for (int attempt = 1; ; attempt++) {
      try {
        return inTransaction(
            connection -> {
              try (Statement statement = connection.createStatement()) {
                // Every query of the view sees one state.
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
              }
              return work.apply(new PostgresView(connection, companyId, shared));
            });
      } catch (PostgresView.IndexNotBuilt notBuilt) {
        if (attempt == READ_ATTEMPTS) {
          throw new IllegalStateException(
              notBuilt.index + " of company " + companyId + " was dropped again while being built",
              notBuilt);
        }
        build(companyId, notBuilt.index);
      }
    }
  }

  /** Builds the index for the company (once: another replica may have built it meanwhile). */
  private void build(String companyId, Index<?> index) {
    ReentrantLock lock = writeLock(companyId);
    if (lock.isHeldByCurrentThread()) {
      throw new IllegalStateException(
          "A read of company "
              + companyId
              + " inside a write of it uses "
              + index
              + ", not built yet: read it through the write's transaction");
    }
    lock.lock();
    try {
      inTransaction(
          connection -> {
            Head head = lockCompany(connection, companyId);
            PostgresUnitOfWork unit =
                new PostgresUnitOfWork(
                    connection, companyId, shared, head.version(), head.nextSeq());
            unit.requireBuilt(index); // builds it in place when it is not built
            return null;
          });
    } finally {
      lock.unlock();
    }
  }

  @Override
  public <R> R write(String companyId, Function<StoreTransaction, R> work) {
    requireOpen();
    ReentrantLock lock = writeLock(requireCompany(companyId));
    if (lock.isHeldByCurrentThread()) {
      // The inner unit of work would wait for the row lock the outer one holds.
      throw new IllegalStateException("A write of company " + companyId + " inside another one");
    }
    // The local lock keeps this replica's writers of the company from each holding a connection
    // while they queue for the row lock; the row lock serialises them with other replicas'.
    lock.lock();
    try {
      return inTransaction(
          connection -> {
            Head head = lockCompany(connection, companyId);
            long version = head.version() + 1;
            PostgresUnitOfWork unit =
                new PostgresUnitOfWork(connection, companyId, shared, version, head.nextSeq());
            R result = work.apply(unit);
            if (unit.hasChanges()) {
              setHead(connection, companyId, version, unit.nextSeq());
            }
            return result;
          });
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Set<String> companies() {
    requireOpen();
    return inAutoCommit(
        connection -> {
          Set<String> withData = new TreeSet<>();
          try (Statement statement = connection.createStatement();
              ResultSet rows =
                  statement.executeQuery(
                      "SELECT DISTINCT company FROM kind_counts WHERE documents > 0")) {
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
    ReentrantLock lock = writeLock(requireCompany(companyId));
    lock.lock();
    try {
      inTransaction(
          connection -> {
            long next = lockCompany(connection, companyId).version() + 1;
            for (String table : COMPANY_TABLES) {
              try (PreparedStatement delete =
                  connection.prepareStatement("DELETE FROM " + table + " WHERE company = ?")) {
                delete.setString(1, companyId);
                delete.executeUpdate();
              }
            }
            try (PreparedStatement head =
                connection.prepareStatement(
                    "UPDATE companies SET version = ?, reset_version = ?, next_seq = 1,"
                        + " prepared = FALSE WHERE company = ?")) {
              head.setLong(1, next);
              head.setLong(2, next);
              head.setString(3, companyId);
              head.executeUpdate();
            }
            return null;
          });
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void resetAll() {
    requireOpen();
    inTransaction(
        connection -> {
          lockEveryCompany(connection);
          forgetEveryDocument(connection);
          return null;
        });
  }

  private static void forgetEveryDocument(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String table : COMPANY_TABLES) {
        statement.executeUpdate("DELETE FROM " + table);
      }
      statement.executeUpdate(RESET_EVERY_COMPANY);
    }
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
          forgetEveryDocument(connection);
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
            insert(connection, company.getKey(), version, documents);
          }
          try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                "INSERT INTO kind_counts (company, kind, documents)"
                    + " SELECT company, kind, count(*) FROM documents GROUP BY company, kind");
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

  private static Head head(ResultSet row) throws SQLException {
    return new Head(row.getLong(1), row.getLong(2));
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

  /** Adds imported documents (their index entries are built on first use). */
  private static void insert(
      Connection connection, String companyId, long version, List<Change> documents)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Change change : documents) {
        insert.setString(1, companyId);
        insert.setString(2, change.kind());
        insert.setString(3, change.id());
        insert.setLong(4, change.document().seq());
        insert.setLong(5, version);
        insert.setString(6, change.document().json());
        insert.addBatch();
      }
      insert.executeBatch();
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
    } catch (StoreSql e) {
      throw failure(e.getCause());
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
    } catch (StoreSql e) {
      throw failure(e.getCause());
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

  private ReentrantLock writeLock(String companyId) {
    return writeLocks.computeIfAbsent(companyId, c -> new ReentrantLock());
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
