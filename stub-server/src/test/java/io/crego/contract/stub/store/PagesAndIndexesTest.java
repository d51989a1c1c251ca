package io.crego.contract.stub.store;

import static io.crego.contract.stub.store.Note.NOTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages, counts and index lookups give exactly what reading every document would, including inside
 * a unit of work, after a rollback and after a restart. Run on the in-memory store here, and on
 * PostgreSQL by {@link PostgresPagesAndIndexesTest}.
 */
class PagesAndIndexesTest {

  private static final String ACME = "acme";

  /** Notes filed by their text's first letter. */
  private static final Index<Note> BY_INITIAL =
      Index.on(
          NOTES, "initial", note -> note.text().isEmpty() ? null : note.text().substring(0, 1));

  /** The same filing, with each note's number totalled per initial. */
  private static final Index<Note> NUMBERS_BY_INITIAL =
      Index.summing(
          NOTES,
          "numbers by initial",
          note -> note.text().isEmpty() ? null : note.text().substring(0, 1),
          note -> BigDecimal.valueOf(note.number()));

  /** A kind of another type than the index's. */
  private static final Kind<String> WORDS = new Kind<>("words", String.class);

  @TempDir Path dataDir;

  /** A new, empty store of the kind under test. */
  Store open() {
    return new InMemoryStore();
  }

  @Test
  void aPageIsTheSliceOfAllDocumentsNewestFirst() {
    try (Store store = open()) {
      store.write(ACME, tx -> putNotes(tx, 0, 40));
      store.write(ACME, tx -> deleteNote(tx, 7)); // a hole in the sequence
      List<Note> all = store.read(ACME, view -> view.all(NOTES));
      Collections.reverse(all);

      for (int offset : new int[] {0, 15, 30, 38, 39, 60}) {
        int from = Math.min(offset, all.size());
        assertEquals(
            all.subList(from, Math.min(all.size(), offset + 15)),
            store.read(ACME, view -> view.newestFirst(NOTES, offset, 15)),
            "offset " + offset);
      }
      assertEquals(39, (int) store.read(ACME, view -> view.count(NOTES)));
    }
  }

  @Test
  void anUpdateKeepsItsPlaceInThePage() {
    try (Store store = open()) {
      store.write(ACME, tx -> putNotes(tx, 0, 3));
      store.write(ACME, tx -> put(tx, 0, "changed"));

      assertEquals(
          List.of("n2", "n1", "changed"),
          store.read(ACME, view -> texts(view.newestFirst(NOTES, 0, 10))));
    }
  }

  @Test
  void anIndexAnswersAsAScanWouldAndFollowsEveryWrite() {
    try (Store store = open()) {
      store.write(ACME, tx -> putNotes(tx, 0, 10)); // n0 … n9: all under "n"
      assertEquals(10, (int) store.read(ACME, view -> view.count(BY_INITIAL, "n")));

      store.write(ACME, tx -> put(tx, 3, "moved"));
      store.write(ACME, tx -> deleteNote(tx, 4));
      store.write(ACME, tx -> put(tx, 5, "")); // a null key: out of the index

      assertEquals(
          List.of("id0", "id1", "id2", "id6", "id7", "id8", "id9"),
          store.read(ACME, view -> view.idsWhere(BY_INITIAL, "n")));
      assertEquals(List.of("id3"), store.read(ACME, view -> view.idsWhere(BY_INITIAL, "m")));
      assertEquals(
          List.of("n8", "n7"),
          store.read(ACME, view -> texts(view.newestFirst(BY_INITIAL, "n", 1, 2))));
      assertEquals(0, (int) store.read(ACME, view -> view.count(BY_INITIAL, "x")));
    }
  }

  /**
   * The documents handed out with their stored texts are the ones {@code all()} and the index give,
   * in the same order, each text the one {@code json()} reads for its id, in a unit of work too.
   */
  @Test
  void documentsWithTheirTextsAreTheOnesAllAndTheIndexGive() {
    try (Store store = open()) {
      store.write(ACME, tx -> putNotes(tx, 0, 6));
      store.write(ACME, tx -> put(tx, 2, "moved"));
      store.write(ACME, tx -> deleteNote(tx, 4));

      store.read(ACME, DocumentsWithTexts::check);
      store.write(
          ACME,
          tx -> {
            put(tx, 9, "new");
            put(tx, 1, "changed");
            return DocumentsWithTexts.check(tx);
          });
    }
  }

  /** What {@link #documentsWithTheirTextsAreTheOnesAllAndTheIndexGive} expects of a view. */
  private static final class DocumentsWithTexts {
    static Void check(StoreView view) {
      List<TextAndModel<Note>> all = view.allWithText(NOTES);
      assertEquals(view.all(NOTES), all.stream().map(TextAndModel::model).toList());
      List<String> ids = ids(view);
      assertEquals(
          ids.stream().map(id -> view.json(NOTES, id).orElseThrow()).toList(),
          all.stream().map(TextAndModel::json).toList());

      List<String> underN = view.idsWhere(BY_INITIAL, "n");
      List<TextAndModel<Note>> found = view.withTextWhere(BY_INITIAL, "n");
      assertEquals(
          underN.stream().map(id -> view.get(NOTES, id).orElseThrow()).toList(),
          found.stream().map(TextAndModel::model).toList());
      assertEquals(
          underN.stream().map(id -> view.json(NOTES, id).orElseThrow()).toList(),
          found.stream().map(TextAndModel::json).toList());
      assertEquals(List.of(), view.withTextWhere(BY_INITIAL, "x"));
      return null;
    }

    /** The ids of every note, oldest first (the notes' ids are {@code id<number>}). */
    private static List<String> ids(StoreView view) {
      return view.all(NOTES).stream().map(note -> "id" + note.number()).toList();
    }
  }

  @Test
  void aDocumentDeletedAndAddedAgainIsFiledOnceInItsNewPlace() {
    try (Store store = open()) {
      store.write(ACME, tx -> putNotes(tx, 0, 3)); // n0 n1 n2
      assertEquals(
          new BigDecimal(3), store.read(ACME, view -> view.total(NUMBERS_BY_INITIAL, "n")));

      store.write(ACME, tx -> deleteNote(tx, 0));
      store.write(ACME, tx -> put(tx, 0, "n-again")); // id0 again, now the newest

      assertEquals(
          List.of("id1", "id2", "id0"), store.read(ACME, view -> view.idsWhere(BY_INITIAL, "n")));
      assertEquals(
          List.of("n-again", "n2", "n1"),
          store.read(ACME, view -> texts(view.newestFirst(BY_INITIAL, "n", 0, 10))));
      assertEquals(
          scanTotal(store, "n"), store.read(ACME, view -> view.total(NUMBERS_BY_INITIAL, "n")));
    }
  }

  @Test
  void aSummingIndexTotalsAsAScanWouldThroughEveryWrite() {
    try (Store store = open()) {
      store.write(ACME, tx -> putNotes(tx, 0, 10)); // n0 … n9: 0 + 1 + … + 9 under "n"
      assertEquals(
          new BigDecimal(45), store.read(ACME, view -> view.total(NUMBERS_BY_INITIAL, "n")));

      store.write(ACME, tx -> put(tx, 3, "moved")); // 3 moves from "n" to "m"
      store.write(ACME, tx -> deleteNote(tx, 4)); // 4 leaves
      store.write(ACME, tx -> put(tx, 5, "")); // 5 has no key any more
      store.write(
          ACME,
          tx -> {
            tx.put(NOTES, "id6", new Note("n6", 60)); // 6 becomes 60
            return null;
          });

      for (String initial : List.of("n", "m", "x")) {
        assertEquals(
            scanTotal(store, initial),
            store.read(ACME, view -> view.total(NUMBERS_BY_INITIAL, initial)),
            initial);
      }
      assertEquals(new BigDecimal(33 + 54), scanTotal(store, "n")); // 0+1+2+7+8+9 + 60
      assertEquals(BigDecimal.ZERO, store.read(ACME, view -> view.total(NUMBERS_BY_INITIAL, "x")));

      store.write(ACME, tx -> deleteNote(tx, 3)); // the last "m": its total goes with it
      assertEquals(BigDecimal.ZERO, store.read(ACME, view -> view.total(NUMBERS_BY_INITIAL, "m")));
    }
  }

  @Test
  void aSummingIndexSeesAUnitOfWorkAndForgetsARollback() {
    try (Store store = open()) {
      store.write(ACME, tx -> putNotes(tx, 0, 3)); // 0 + 1 + 2
      FailedWrite.attempt(
          store,
          ACME,
          tx -> {
            put(tx, 10, "n10");
            assertEquals(new BigDecimal(13), tx.total(NUMBERS_BY_INITIAL, "n"));
          });
      assertEquals(
          new BigDecimal(3), store.read(ACME, view -> view.total(NUMBERS_BY_INITIAL, "n")));
    }
  }

  @Test
  void aPlainIndexHasNoTotals() {
    try (Store store = open()) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> store.read(ACME, view -> view.total(BY_INITIAL, "n")));
      assertTrue(e.getMessage().contains("Index.summing"), e.getMessage());
    }
  }

  @Test
  void aUnitOfWorkSeesItsOwnChangesInTheIndexAndARollbackLeavesNone() {
    try (Store store = open()) {
      store.write(ACME, tx -> putNotes(tx, 0, 2));
      store.read(ACME, view -> view.count(BY_INITIAL, "n")); // built before the unit of work

      List<String> inside =
          store.write(
              ACME,
              tx -> {
                put(tx, 9, "new");
                return tx.idsWhere(BY_INITIAL, "n");
              });
      assertEquals(List.of("id0", "id1", "id9"), inside);

      FailedWrite.attempt(
          store,
          ACME,
          tx -> {
            put(tx, 10, "never");
            assertEquals(4, tx.count(BY_INITIAL, "n"));
          });
      assertEquals(3, (int) store.read(ACME, view -> view.count(BY_INITIAL, "n")));
    }
  }

  @Test
  void anIndexAskedOfAnEmptyKindStaysWithThatKind() {
    try (Store store = open()) {
      assertEquals(0, (int) store.read(ACME, view -> view.count(BY_INITIAL, "n")));
      // other kinds start from the same empty table: they must not be fed to this index
      store.write(
          ACME,
          tx -> {
            tx.put(WORDS, "w", "n-word");
            return null;
          });
      store.write(ACME, tx -> putNotes(tx, 0, 2));

      assertEquals(List.of("id0", "id1"), store.read(ACME, view -> view.idsWhere(BY_INITIAL, "n")));
    }
  }

  @Test
  void indexesAndPagesAreRebuiltFromDiskAfterARestart() {
    try (Store store = new SqliteStore(dataDir)) {
      store.write(ACME, tx -> putNotes(tx, 0, 20));
      store.read(ACME, view -> view.count(BY_INITIAL, "n"));
      store.write(ACME, tx -> put(tx, 2, "moved"));
    }
    try (Store reopened = new SqliteStore(dataDir)) {
      assertEquals(19, (int) reopened.read(ACME, view -> view.count(BY_INITIAL, "n")));
      assertEquals(
          new BigDecimal(190 - 2),
          reopened.read(ACME, view -> view.total(NUMBERS_BY_INITIAL, "n")));
      assertEquals(
          List.of("n19", "n18"), reopened.read(ACME, view -> texts(view.newestFirst(NOTES, 0, 2))));
    }
  }

  private static Void putNotes(StoreTransaction tx, int from, int to) {
    IntStream.range(from, to).forEach(i -> put(tx, i, "n" + i));
    return null;
  }

  private static Void put(StoreTransaction tx, int i, String text) {
    tx.put(NOTES, "id" + i, new Note(text, i));
    return null;
  }

  private static Void deleteNote(StoreTransaction tx, int i) {
    tx.delete(NOTES, "id" + i);
    return null;
  }

  private static BigDecimal scanTotal(Store store, String initial) {
    return store.read(
        ACME,
        view ->
            view.all(NOTES).stream()
                .filter(note -> note.text().startsWith(initial))
                .map(note -> BigDecimal.valueOf(note.number()))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static List<String> texts(List<Note> notes) {
    return notes.stream().map(Note::text).toList();
  }
}
