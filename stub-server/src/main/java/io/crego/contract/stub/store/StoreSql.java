package io.crego.contract.stub.store;

import java.sql.SQLException;

/**
 * A failed statement of the PostgreSQL store, carried out of the {@link StoreView} methods (which
 * declare no checked exception) to the store, which names the database in its error.
 */
final class StoreSql extends RuntimeException {

  interface Statement<R> {
    R run() throws SQLException;
  }

  private StoreSql(SQLException cause) {
    super(cause);
  }

  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }

  static <R> R run(Statement<R> statement) {
    try {
      return statement.run();
    } catch (SQLException e) {
      throw new StoreSql(e);
    }
  }
}
