package io.crego.contract.stub.store;

import static io.crego.contract.stub.store.Note.NOTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A put of the text stored already is not a write, in the embedded stores: no new table, no index
 * upkeep, nothing for the journal (the SQLite store's). A changed document is written as before.
 */
class UnchangedPutTest {

  private static final String ACME = "acme";

  private static final Index<Note> BY_TEXT =
      Index.on(NOTES, "text, for unchanged puts", Note::text);

  @Test
  void aUnitOfWorkPuttingBackWhatItReadChangesNoTableAndNoIndex() {
    UnitOfWork first = new UnitOfWork(CompanySnapshot.EMPTY);
    first.put(NOTES, "a", new Note("red", 1));
    first.put(NOTES, "b", new Note("blue", 2));
    CompanySnapshot base = first.result();
    KindTable table = base.documents(NOTES.name());
    KeyIndex index = table.index(BY_TEXT); // built, so that a write would have to keep it

    UnitOfWork unit = new UnitOfWork(base);
    unit.put(NOTES, "a", unit.get(NOTES, "a").orElseThrow());
    unit.put(NOTES, "b", new Note("blue", 2));

    assertFalse(unit.hasChanges());
    assertEquals(List.of(), unit.changes());
    assertSame(table, unit.documents(NOTES.name()));
    assertSame(index, unit.documents(NOTES.name()).index(BY_TEXT));
    assertEquals(2, unit.writeCount(), "puts still count, changed or not");

    unit.put(NOTES, "a", new Note("green", 1));

    assertTrue(unit.hasChanges());
    assertEquals(List.of("a"), unit.changes().stream().map(Change::id).toList());
    assertNotSame(table, unit.documents(NOTES.name()));
    assertEquals(List.of("a"), unit.idsWhere(BY_TEXT, "green"));
    assertEquals(List.of(), unit.idsWhere(BY_TEXT, "red"));
  }

  @Test
  void aDocumentChangedAndPutBackInOneUnitOfWorkIsWrittenAsItEnds() {
    UnitOfWork first = new UnitOfWork(CompanySnapshot.EMPTY);
    first.put(NOTES, "a", new Note("red", 1));
    CompanySnapshot base = first.result();

    UnitOfWork unit = new UnitOfWork(base);
    unit.put(NOTES, "a", new Note("green", 1));
    unit.put(NOTES, "a", new Note("red", 1)); // the stored text again, but not the unit's own

    assertEquals(Optional.of(new Note("red", 1)), unit.get(NOTES, "a"));
    assertEquals(List.of("a"), unit.idsWhere(BY_TEXT, "red"));
    assertEquals(List.of(), unit.idsWhere(BY_TEXT, "green"));
  }

  @Test
  void theJournalIsGivenOnlyTheDocumentsThatChanged() {
    RecordingJournal journal = new RecordingJournal();
    try (Store store = new DocumentStore(journal)) {
      store.write(ACME, tx -> put(tx, "a", "red", 1));
      store.write(ACME, tx -> put(tx, "b", "blue", 2));
      journal.commits.clear();

      store.write(ACME, tx -> put(tx, "a", "red", 1));
      assertEquals(List.of(), journal.commits, "a write that changed nothing commits nothing");

      store.write(
          ACME,
          tx -> {
            put(tx, "a", "red", 1);
            return put(tx, "b", "blue", 3);
          });
      assertEquals(List.of(List.of("b")), journal.commits);
      assertEquals(
          Optional.of(new Note("blue", 3)), store.read(ACME, view -> view.get(NOTES, "b")));
    }
  }

  private static Void put(StoreTransaction tx, String id, String text, long number) {
    tx.put(NOTES, id, new Note(text, number));
    return null;
  }

  /** Keeps the ids of each commit's changes. */
  private static final class RecordingJournal implements Journal {

    final List<List<String>> commits = new ArrayList<>();

    @Override
    public Map<String, CompanySnapshot> load() {
      return Map.of();
    }

    @Override
    public void commit(String companyId, List<Change> changes) {
      commits.add(changes.stream().map(Change::id).toList());
    }

    @Override
    public void deleteCompany(String companyId) {}

    @Override
    public void replaceAll(Map<String, CompanySnapshot> state) {}

    @Override
    public void close() {}
  }
}
