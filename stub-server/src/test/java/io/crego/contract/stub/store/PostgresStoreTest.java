package io.crego.contract.stub.store;

import static io.crego.contract.stub.store.Note.NOTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server, plus what sharing one database between processes
 * promises: two stores on one database (two replicas) serve one state.
 */
class PostgresStoreTest extends StoreContractTest {

  /** This test's own database, made on first open. */
  private String url;

  @Override
  Store open(Path dataDir) {
    if (url == null) {
      url = TestPostgres.freshDatabase();
    }
    return new PostgresStore(url, null, null);
  }

  @Override
  int incrementsPerThread() {
    return 100; // every commit is a round trip and an fsync
  }

  @Test
  void everythingSurvivesCloseAndReopen() {
    put(ACME, "z", "first");
    put(ACME, "gone", "deleted later");
    put(ACME, "a", "second");
    store.write(
        ACME,
        tx -> {
          tx.delete(NOTES, "gone");
          return null;
        });
    String before = store.exportJson();

    store.close();
    store = open(null);

    assertEquals(before, store.exportJson());
    put(ACME, "new", "after reopen"); // sequence numbers continue past the deleted one
    assertEquals(
        List.of("first", "second", "after reopen"),
        store.read(ACME, view -> view.all(NOTES).stream().map(Note::text).toList()));
  }

  @Test
  void aWriteOnOneReplicaIsSeenByTheNextReadOnTheOther() {
    try (Store other = open(null)) {
      assertEquals(Optional.empty(), other.read(ACME, view -> view.get(NOTES, "a")));

      put(ACME, "a", "from the first");
      assertEquals(
          Optional.of(new Note("from the first", 0)), other.read(ACME, v -> v.get(NOTES, "a")));

      other.write(ACME, tx -> put(tx, "a", "changed by the other"));
      other.write(ACME, tx -> put(tx, "b", "added by the other"));
      assertEquals(
          List.of("changed by the other", "added by the other"),
          store.read(ACME, view -> view.all(NOTES).stream().map(Note::text).toList()));

      other.write(
          ACME,
          tx -> {
            tx.delete(NOTES, "a");
            return null;
          });
      assertEquals(Optional.empty(), get(ACME, "a"));
      assertEquals(1, (int) store.read(ACME, view -> view.count(NOTES)));
    }
  }

  @Test
  void resetsAndImportsOnOneReplicaReachTheOther() {
    try (Store other = open(null)) {
      put(ACME, "a", "acme");
      put(GLOBEX, "g", "globex");
      assertEquals(Set.of(ACME, GLOBEX), other.companies());
      String export = other.exportJson();

      other.reset(ACME);
      assertEquals(Optional.empty(), get(ACME, "a"));
      assertEquals(Set.of(GLOBEX), store.companies());

      store.resetAll();
      assertEquals(Optional.empty(), other.read(GLOBEX, view -> view.get(NOTES, "g")));

      store.importJson(export);
      assertEquals(export, other.exportJson());
      assertEquals(
          Optional.of(new Note("acme", 0)), other.read(ACME, view -> view.get(NOTES, "a")));
    }
  }

  @Test
  void whichCompaniesArePreparedIsOneFactForEveryReplica() {
    try (Store other = open(null)) {
      assertTrue(store.recordsPreparation());
      assertFalse(other.isPrepared(ACME), "a company nobody has served");
      store.markPrepared(ACME);
      put(GLOBEX, "g", "globex");
      other.markPrepared(GLOBEX);
      assertTrue(other.isPrepared(ACME));

      other.reset(ACME);
      assertFalse(store.isPrepared(ACME), "a reset through another replica is prepared afresh");
      assertTrue(store.isPrepared(GLOBEX), "a reset of one company leaves the others");

      String export = store.exportJson(); // GLOBEX only: ACME has no data
      store.resetAll();
      assertFalse(other.isPrepared(GLOBEX));
      other.importJson(export);
      assertTrue(store.isPrepared(GLOBEX), "an imported company is the state wanted, not seeded");
    }
  }

  @Test
  void incrementsSpreadOverTwoReplicasLoseNoUpdate() throws Exception {
    put(ACME, "counter", "counter");
    int perThread = 50;
    try (Store other = open(null)) {
      List<Store> replicas = List.of(store, other);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          Store replica = replicas.get(t % 2);
          done.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < perThread; i++) {
                      replica.write(ACME, PostgresStoreTest::increment);
                    }
                    return null;
                  }));
        }
        for (Future<?> future : done) {
          future.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(8L * perThread, other.read(ACME, v -> v.get(NOTES, "counter")).get().number());
      assertEquals(8L * perThread, get(ACME, "counter").orElseThrow().number());
    }
  }

  @Test
  void aDatabaseWithANewerSchemaIsRefused() {
    store.close();
    Flyway.configure()
        .dataSource(url, null, null)
        .locations(PostgresSchema.LOCATION, "classpath:db/future")
        .load()
        .migrate();

    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> open(null));

    assertTrue(
        refused.getMessage().contains("schema version 99, newer than this stub knows (3)"),
        refused.getMessage());
    store = new InMemoryStore(); // for the common close
  }

  @Test
  void anUnreachableServerIsNamedInTheError() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> new PostgresStore("jdbc:postgresql://127.0.0.1:1/nowhere", "u", "secret"));

    assertTrue(
        refused.getMessage().startsWith("Cannot connect to the PostgreSQL database"),
        refused.getMessage());
    assertTrue(refused.getMessage().contains("127.0.0.1:1/nowhere"), refused.getMessage());
  }

  private static Void increment(StoreTransaction tx) {
    Note note = tx.get(NOTES, "counter").orElseThrow();
    tx.put(NOTES, "counter", new Note(note.text(), note.number() + 1));
    return null;
  }
}
