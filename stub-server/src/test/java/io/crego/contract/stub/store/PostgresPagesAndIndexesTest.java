package io.crego.contract.stub.store;

import static io.crego.contract.stub.store.Note.NOTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages, counts and index lookups on PostgreSQL, where they are SQL queries rather than walks of a
 * copy in memory; plus how an index's entries stay right across replicas.
 */
class PostgresPagesAndIndexesTest extends PagesAndIndexesTest {

  private static final String ACME = "acme";

  private static final Index<Note> BY_TEXT = Index.on(NOTES, "text", Note::text);

  private static final Index<Note> NUMBER_BY_TEXT =
      Index.summing(NOTES, "number by text", Note::text, note -> BigDecimal.valueOf(note.number()));

  /** This test's own database, made on first open; every open is another replica of it. */
  private String url;

  @Override
  Store open() {
    if (url == null) {
      url = TestPostgres.freshDatabase();
    }
    return new PostgresStore(url, null, null);
  }

  @Test
  void anIndexBuiltByOneReplicaIsKeptByTheOthersWrites() {
    try (Store first = open();
        Store second = open()) {
      second.write(ACME, tx -> note(tx, "a", "red", 1));
      assertEquals(List.of("a"), first.read(ACME, view -> view.idsWhere(BY_TEXT, "red")));

      second.write(ACME, tx -> note(tx, "b", "red", 2));
      second.write(ACME, tx -> note(tx, "a", "blue", 3));

      assertEquals(List.of("b"), first.read(ACME, view -> view.idsWhere(BY_TEXT, "red")));
      assertEquals(1, (int) first.read(ACME, view -> view.count(BY_TEXT, "blue")));
    }
  }

  @Test
  void anIndexNoReplicaKnowsIsForgottenByAWriteAndRebuiltOnNextUse() throws SQLException {
    try (Store store = open()) {
      store.write(ACME, tx -> note(tx, "a", "red", 5));
      assertEquals(new BigDecimal(5), store.read(ACME, view -> view.total(NUMBER_BY_TEXT, "red")));
      // An index only a newer jar declares, built by it, with entries this jar cannot keep.
      try (Connection connection = DriverManager.getConnection(url);
          PreparedStatement build =
              connection.prepareStatement(
                  "INSERT INTO index_builds (company, index_name, kind) VALUES (?, ?, ?)")) {
        build.setString(1, ACME);
        build.setString(2, "notes/from a newer stub");
        build.setString(3, "notes");
        build.executeUpdate();
      }

      store.write(ACME, tx -> note(tx, "b", "red", 7));

      assertEquals(
          List.of(),
          rows("SELECT index_name FROM index_builds WHERE index_name = 'notes/from a newer stub'"));
      assertEquals(new BigDecimal(12), store.read(ACME, view -> view.total(NUMBER_BY_TEXT, "red")));
    }
  }

  @Test
  void aResetForgetsTheIndexWithTheDocuments() {
    try (Store store = open()) {
      store.write(ACME, tx -> note(tx, "a", "red", 1));
      assertEquals(1, (int) store.read(ACME, view -> view.count(BY_TEXT, "red")));

      store.reset(ACME);

      assertEquals(0, (int) store.read(ACME, view -> view.count(BY_TEXT, "red")));
      assertEquals(0, (int) store.read(ACME, view -> view.count(NOTES)));
      store.write(ACME, tx -> note(tx, "c", "red", 1));
      assertEquals(List.of("c"), store.read(ACME, view -> view.idsWhere(BY_TEXT, "red")));
    }
  }

  @Test
  void aPutOfTheStoredTextWritesNoRow() throws SQLException {
    try (Store store = open()) {
      store.write(ACME, tx -> note(tx, "a", "red", 1));
      assertEquals(List.of("a"), store.read(ACME, view -> view.idsWhere(BY_TEXT, "red")));
      List<String> before = rowVersions();

      store.write(ACME, tx -> note(tx, "a", "red", 1));
      assertEquals(before, rowVersions(), "no new row version, company version or index entry");

      store.write(ACME, tx -> note(tx, "a", "blue", 1));
      assertNotEquals(before, rowVersions());
      assertEquals(List.of("a"), store.read(ACME, view -> view.idsWhere(BY_TEXT, "blue")));
      assertEquals(List.of(), store.read(ACME, view -> view.idsWhere(BY_TEXT, "red")));
    }
  }

  /** Every row of the company with the transaction that wrote it ({@code xmin}). */
  private List<String> rowVersions() throws SQLException {
    List<String> versions = new java.util.ArrayList<>();
    versions.addAll(rows("SELECT xmin::text || ' ' || version FROM companies ORDER BY 1"));
    versions.addAll(
        rows(
            "SELECT xmin::text || ' ' || id || ' ' || version || ' ' || json FROM documents ORDER BY 1"));
    versions.addAll(
        rows("SELECT xmin::text || ' ' || id || ' ' || key FROM index_entries ORDER BY 1"));
    versions.addAll(
        rows("SELECT xmin::text || ' ' || key || ' ' || documents FROM index_keys ORDER BY 1"));
    versions.addAll(rows("SELECT xmin::text || ' ' || documents FROM kind_counts ORDER BY 1"));
    return versions;
  }

  private List<String> rows(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      List<String> values = new java.util.ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  private static Void note(StoreTransaction tx, String id, String text, int number) {
    tx.put(NOTES, id, new Note(text, number));
    return null;
  }
}
