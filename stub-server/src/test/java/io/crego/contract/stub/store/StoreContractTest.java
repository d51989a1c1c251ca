package io.crego.contract.stub.store;

import static io.crego.contract.stub.store.Note.NOTES;
import static io.crego.contract.stub.store.Note.OTHER_NOTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link Store} promises (its javadoc), run against each implementation. */
abstract class StoreContractTest {

  static final String ACME = "acme";
  static final String GLOBEX = "globex";

  @TempDir Path dataDir;
  Store store;

  abstract Store open(Path dataDir);

  /** Increments per thread in the lost-update test; lower where every commit is an fsync. */
  abstract int incrementsPerThread();

  @BeforeEach
  void openStore() {
    store = open(dataDir);
  }

  @AfterEach
  void closeStore() {
    if (store != null) { // null when opening was skipped (no PostgreSQL server given)
      store.close();
    }
  }

  void put(String company, String id, String text) {
    store.write(company, tx -> put(tx, id, text));
  }

  static Void put(StoreTransaction tx, String id, String text) {
    tx.put(NOTES, id, new Note(text, 0));
    return null;
  }

  Optional<Note> get(String company, String id) {
    return store.read(company, view -> view.get(NOTES, id));
  }

  @Test
  void aWriteIsSeenByLaterReads() {
    put(ACME, "a", "first");

    assertEquals(Optional.of(new Note("first", 0)), get(ACME, "a"));
    assertEquals(1, (int) store.read(ACME, view -> view.count(NOTES)));
  }

  @Test
  void aUnitOfWorkSeesItsOwnChangesBeforeCommit() {
    List<Object> seen =
        store.write(
            ACME,
            tx -> {
              tx.put(NOTES, "a", new Note("draft", 1));
              List<Object> inside = new ArrayList<>();
              inside.add(tx.get(NOTES, "a").orElseThrow());
              inside.add(tx.count(NOTES));
              // others do not see it yet
              inside.add(store.read(ACME, view -> view.get(NOTES, "a")));
              tx.delete(NOTES, "a");
              inside.add(tx.get(NOTES, "a"));
              tx.put(NOTES, "a", new Note("final", 2));
              return inside;
            });

    assertEquals(List.of(new Note("draft", 1), 1, Optional.empty(), Optional.empty()), seen);
    assertEquals(Optional.of(new Note("final", 2)), get(ACME, "a"));
  }

  @Test
  void putJsonStoresWhatPutStoresAndAnswersTheTreeOfThatText() throws Exception {
    StoredJson stored = store.write(ACME, tx -> tx.putJson(NOTES, "a", new Note("same", 0)));
    put(ACME, "b", "same");

    String text = store.read(ACME, view -> view.json(NOTES, "a")).orElseThrow();
    assertEquals(text, stored.text());
    assertEquals(store.read(ACME, view -> view.json(NOTES, "b")).orElseThrow(), text);
    // the tree the text was written from (its numbers typed as the model's, not as parsed)
    assertEquals(text, new ObjectMapper().writeValueAsString(stored.tree()));
    assertEquals(Optional.of(new Note("same", 0)), get(ACME, "a"));
  }

  @Test
  void aUnitOfWorkCountsEveryPutAndDeleteItMakes() {
    put(ACME, "kept", "before");

    List<Long> counts =
        store.write(
            ACME,
            tx -> {
              List<Long> seen = new ArrayList<>();
              seen.add(tx.writeCount()); // a new unit of work, whatever came before it
              tx.get(NOTES, "kept");
              tx.all(NOTES);
              seen.add(tx.writeCount()); // reads are not writes
              tx.put(NOTES, "a", new Note("one", 1));
              tx.put(NOTES, "a", new Note("one", 1)); // the same again still counts
              tx.delete(NOTES, "kept");
              tx.delete(NOTES, "never-there");
              seen.add(tx.writeCount());
              return seen;
            });

    assertEquals(List.of(0L, 0L, 4L), counts);
  }

  @Test
  void aUnitOfWorkThatThrowsLeavesNothing() {
    put(ACME, "kept", "before");

    RuntimeException thrown =
        FailedWrite.attempt(
            store,
            ACME,
            tx -> {
              tx.put(NOTES, "kept", new Note("changed", 1));
              tx.put(NOTES, "new", new Note("added", 2));
              tx.delete(NOTES, "kept");
              tx.put(OTHER_NOTES, "x", new Note("other kind", 3));
            });

    assertEquals(FailedWrite.FAILURE, thrown.getMessage());
    assertEquals(Optional.of(new Note("before", 0)), get(ACME, "kept"));
    assertEquals(Optional.empty(), get(ACME, "new"));
    assertEquals(0, (int) store.read(ACME, view -> view.count(OTHER_NOTES)));
    // the sequence did not move either: the next insert still comes after "kept" only
    put(ACME, "after", "later");
    assertEquals(
        List.of("before", "later"),
        store.read(ACME, view -> view.all(NOTES).stream().map(Note::text).toList()));
  }

  @Test
  void companiesDoNotSeeEachOther() {
    put(ACME, "same-id", "acme's");
    put(GLOBEX, "same-id", "globex's");
    put(GLOBEX, "only-globex", "x");

    assertEquals(Optional.of(new Note("acme's", 0)), get(ACME, "same-id"));
    assertEquals(Optional.of(new Note("globex's", 0)), get(GLOBEX, "same-id"));
    assertEquals(Optional.empty(), get(ACME, "only-globex"));
    assertEquals(1, (int) store.read(ACME, view -> view.count(NOTES)));
    assertEquals(Set.of(ACME, GLOBEX), store.companies());
  }

  @Test
  void valuesHandedOutAreCopies() {
    MutableNote original = new MutableNote();
    original.text = "stored";
    Kind<MutableNote> kind = new Kind<>("mutable", MutableNote.class);
    store.write(
        ACME,
        tx -> {
          tx.put(kind, "m", original);
          return null;
        });
    original.text = "changed after put";

    MutableNote first = store.read(ACME, view -> view.get(kind, "m")).orElseThrow();
    first.text = "changed after get";
    MutableNote second = store.read(ACME, view -> view.get(kind, "m")).orElseThrow();

    assertEquals("stored", second.text);
    assertNotSame(first, second);
    assertEquals("stored", store.read(ACME, view -> view.all(kind).get(0).text));
  }

  @Test
  void immutableValuesAreSharedRatherThanDecodedAgain() {
    Note stored = new Note("shared", 7);
    store.write(
        ACME,
        tx -> {
          tx.put(NOTES, "n", stored);
          return null;
        });

    Note first = store.read(ACME, view -> view.get(NOTES, "n")).orElseThrow();
    Note second = store.read(ACME, view -> view.get(NOTES, "n")).orElseThrow();

    assertSame(stored, first);
    assertSame(first, second);
    assertEquals(
        "{\"text\":\"shared\",\"number\":7}",
        store.read(ACME, view -> view.json(NOTES, "n")).orElseThrow());
  }

  /** A document with a public mutable field, as the generated models are. */
  static final class MutableNote {
    public String text;
  }

  @Test
  void allIsInInsertionOrderAndAnUpdateKeepsItsPlace() {
    for (String id : List.of("c", "a", "b")) {
      put(ACME, id, id);
    }
    put(ACME, "a", "a updated");
    store.write(ACME, tx -> deleteThenPut(tx, "c"));

    assertEquals(
        List.of("a updated", "b", "c again"),
        store.read(ACME, view -> view.all(NOTES).stream().map(Note::text).toList()));
  }

  private static Void deleteThenPut(StoreTransaction tx, String id) {
    tx.delete(NOTES, id);
    tx.put(NOTES, id, new Note(id + " again", 0));
    return null;
  }

  @Test
  void exportThenImportRestoresEverything() {
    put(ACME, "z", "first");
    put(ACME, "a", "second");
    put(GLOBEX, "g", "globex");
    store.write(ACME, tx -> putOther(tx));
    String export = store.exportJson();

    store.resetAll();
    assertEquals(Set.of(), store.companies());
    store.importJson(export);

    assertEquals(export, store.exportJson());
    assertEquals(
        List.of("first", "second"),
        store.read(ACME, view -> view.all(NOTES).stream().map(Note::text).toList()));
    assertEquals(Optional.of(new Note("globex", 0)), get(GLOBEX, "g"));
    assertTrue(export.startsWith("{\"companies\":{\"acme\":{\"notes\":{\"z\":{"), export);
  }

  private static Void putOther(StoreTransaction tx) {
    tx.put(OTHER_NOTES, "o", new Note("other", 7));
    return null;
  }

  /** Money and times must come back to the last digit, trailing zeros included. */
  @Test
  void exportAndImportKeepNumbersAsWritten() {
    Kind<Amount> amounts = new Kind<>("amounts", Amount.class);
    Amount written = new Amount(new BigDecimal("100000.00"), new BigDecimal("1718610125.9511886"));
    store.write(
        ACME,
        tx -> {
          tx.put(amounts, "a", written);
          return null;
        });

    String export = store.exportJson();
    store.importJson(export);

    assertTrue(export.contains("\"value\":100000.00,"), export);
    Amount read = store.read(ACME, view -> view.get(amounts, "a")).orElseThrow();
    assertEquals(written, read);
    assertEquals(2, read.value().scale());
    assertEquals(export, store.exportJson());
  }

  record Amount(BigDecimal value, BigDecimal at) {}

  @Test
  void importReplacesWhatWasThere() {
    put(ACME, "old", "old");

    store.importJson(
        "{\"companies\":{\"globex\":{\"notes\":{\"n\":{\"text\":\"t\",\"number\":1}}}}}");

    assertEquals(Set.of(GLOBEX), store.companies());
    assertEquals(Optional.empty(), get(ACME, "old"));
    assertEquals(Optional.of(new Note("t", 1)), get(GLOBEX, "n"));
  }

  @Test
  void aMalformedImportChangesNothing() {
    put(ACME, "kept", "kept");

    assertThrows(IllegalArgumentException.class, () -> store.importJson("{\"companies\": 3}"));
    assertThrows(IllegalArgumentException.class, () -> store.importJson("not json"));

    assertEquals(Optional.of(new Note("kept", 0)), get(ACME, "kept"));
  }

  @Test
  void resetForgetsOneCompany() {
    put(ACME, "a", "acme");
    put(GLOBEX, "g", "globex");

    store.reset(ACME);

    assertEquals(Set.of(GLOBEX), store.companies());
    assertEquals(Optional.empty(), get(ACME, "a"));
    assertEquals(Optional.of(new Note("globex", 0)), get(GLOBEX, "g"));
    put(ACME, "b", "after reset");
    assertEquals(1, (int) store.read(ACME, view -> view.count(NOTES)));
  }

  @Test
  void aWriteInsideAWriteOfTheSameCompanyIsRefused() {
    assertThrows(
        IllegalStateException.class,
        () -> store.write(ACME, outer -> store.write(ACME, inner -> put(inner, "x", "x"))));
    assertEquals(Optional.empty(), get(ACME, "x"));
  }

  @Test
  void concurrentIncrementsOfOneDocumentLoseNoUpdate() throws Exception {
    int threads = 8;
    int increments = incrementsPerThread();
    put(ACME, "counter", "counter");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<Void> worker =
            () -> {
              start.await();
              for (int i = 0; i < increments; i++) {
                store.write(ACME, StoreContractTest::increment);
                // a read in between must never see a torn state
                store.read(ACME, view -> view.get(NOTES, "counter").orElseThrow());
              }
              return null;
            };
        done.add(pool.submit(worker));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals((long) threads * increments, get(ACME, "counter").orElseThrow().number());
  }

  private static Void increment(StoreTransaction tx) {
    Note note = tx.get(NOTES, "counter").orElseThrow();
    tx.put(NOTES, "counter", new Note(note.text(), note.number() + 1));
    return null;
  }
}
