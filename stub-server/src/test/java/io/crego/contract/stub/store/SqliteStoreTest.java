package io.crego.contract.stub.store;

import static io.crego.contract.stub.store.Note.NOTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The store contract on SQLite, plus what only a persistent store promises. */
class SqliteStoreTest extends StoreContractTest {

  @Override
  Store open(Path dataDir) {
    return new SqliteStore(dataDir);
  }

  @Override
  int incrementsPerThread() {
    return 100; // every commit is an fsync
  }

  private void reopen() {
    store.close();
    store = open(dataDir);
  }

  @Test
  void everythingSurvivesCloseAndReopen() {
    put(ACME, "z", "first");
    put(ACME, "a", "second");
    put(ACME, "gone", "deleted later");
    put(GLOBEX, "g", "globex");
    put(ACME, "z", "first, updated");
    store.write(
        ACME,
        tx -> {
          tx.delete(NOTES, "gone");
          return null;
        });
    String before = store.exportJson();

    reopen();

    assertEquals(before, store.exportJson());
    assertEquals(
        List.of("first, updated", "second"),
        store.read(ACME, view -> view.all(NOTES).stream().map(Note::text).toList()));
    put(ACME, "new", "after reopen"); // sequence numbers continue after the loaded ones
    assertEquals(
        List.of("first, updated", "second", "after reopen"),
        store.read(ACME, view -> view.all(NOTES).stream().map(Note::text).toList()));
  }

  @Test
  void aFailedUnitOfWorkReachesNeitherMemoryNorDisk() {
    put(ACME, "kept", "kept");

    FailedWrite.attempt(store, ACME, tx -> put(tx, "lost", "lost"));
    reopen();

    assertEquals(Optional.empty(), get(ACME, "lost"));
    assertEquals(Optional.of(new Note("kept", 0)), get(ACME, "kept"));
  }

  @Test
  void whenTheDiskRefusesAWriteMemoryIsUnchanged() throws Exception {
    put(ACME, "kept", "kept");
    try (Connection other =
            DriverManager.getConnection(
                "jdbc:sqlite:" + dataDir.resolve(SqliteJournal.DATABASE_FILE));
        Statement statement = other.createStatement()) {
      statement.execute("DROP TABLE documents");
    }

    assertThrows(IllegalStateException.class, () -> put(ACME, "kept", "changed"));

    assertEquals(Optional.of(new Note("kept", 0)), get(ACME, "kept"));
  }

  @Test
  void resetsAndImportsArePersisted() {
    put(ACME, "a", "acme");
    put(GLOBEX, "g", "globex");
    store.reset(ACME);
    reopen();
    assertEquals(Set.of(GLOBEX), store.companies());

    store.importJson(
        "{\"companies\":{\"initech\":{\"notes\":{\"n\":{\"text\":\"t\",\"number\":1}}}}}");
    reopen();
    assertEquals(Set.of("initech"), store.companies());

    store.resetAll();
    reopen();
    assertEquals(Set.of(), store.companies());
  }

  @Test
  void theDatabaseUsesWalAndFullSync() throws Exception {
    assertTrue(Files.exists(dataDir.resolve(SqliteJournal.DATABASE_FILE)));
    try (Connection other =
            DriverManager.getConnection(
                "jdbc:sqlite:" + dataDir.resolve(SqliteJournal.DATABASE_FILE));
        Statement statement = other.createStatement();
        var mode = statement.executeQuery("PRAGMA journal_mode")) {
      assertEquals("wal", mode.getString(1));
    }
  }

  @Test
  void aSecondStoreOnTheSameDirectoryIsRefused() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> new SqliteStore(dataDir));
    assertTrue(refused.getMessage().contains("in use"), refused.getMessage());
  }

  @Test
  void aClosedStoreRefusesWork() {
    store.close();
    assertThrows(IllegalStateException.class, () -> put(ACME, "a", "a"));
    store.close(); // twice is fine
  }
}
