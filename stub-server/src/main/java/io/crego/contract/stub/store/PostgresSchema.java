package io.crego.contract.stub.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The PostgreSQL store's tables, created and migrated by Flyway from {@code db/migration} on the
 * class path. Several replicas may start at once: Flyway serialises their migrations with a lock of
 * its own, and the later ones find nothing left to do.
 */
final class PostgresSchema {

  static final String LOCATION = "classpath:db/migration";

  private PostgresSchema() {}

  /**
   * Brings the database's schema up to this stub's version.
   *
   * @param where the database, for messages (no password)
   * @throws IllegalStateException when the database has a schema newer than this stub knows (a
   *     newer stub migrated it: this one would misread its tables), or the migration fails
   */
  static void migrate(DataSource dataSource, String where) {
    Flyway flyway = Flyway.configure().dataSource(dataSource).locations(LOCATION).load();
    try {
      Optional<MigrationInfo> future = newerThanKnown(flyway);
      if (future.isPresent()) {
        throw new IllegalStateException(
            "The database "
                + where
                + " has schema version "
                + future.get().getVersion()
                + ", newer than this stub knows ("
                + latestKnown(flyway)
                + "): start a stub of the version that migrated it, or use another database");
      }
      flyway.migrate();
    } catch (FlywayException e) {
      throw new IllegalStateException(
          "Cannot prepare the schema of " + where + ": " + e.getMessage(), e);
    }
  }

  /** The newest migration applied to the database that this stub has no file for, if any. */
  private static Optional<MigrationInfo> newerThanKnown(Flyway flyway) {
    return Arrays.stream(flyway.info().all())
        .filter(
            m ->
                m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED)
        .max(Comparator.comparing(MigrationInfo::getVersion));
  }

  private static String latestKnown(Flyway flyway) {
    return Arrays.stream(flyway.info().all())
        .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS)
        .filter(m -> m.getState() != MigrationState.FUTURE_FAILED)
        .map(MigrationInfo::getVersion)
        .filter(v -> v != null)
        .max(Comparator.naturalOrder())
        .map(Object::toString)
        .orElse("none");
  }
}
