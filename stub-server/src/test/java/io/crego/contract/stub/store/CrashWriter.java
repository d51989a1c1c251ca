package io.crego.contract.stub.store;

import static io.crego.contract.stub.store.Note.NOTES;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link SqliteCrashTest}: writes units of work without end, printing {@code
 * ack <n>} after each one is acknowledged, until it is killed. Unit n puts three parts and moves
 * the {@code last} document to n, all in one unit of work; it resumes after the last unit on disk.
 */
public final class CrashWriter {

  static final String COMPANY = "crash";
  static final String[] PARTS = {"a", "b", "c"};

  private CrashWriter() {}

  public static void main(String[] args) {
    Store store = new SqliteStore(Path.of(args[0]));
    long n = store.read(COMPANY, view -> view.get(NOTES, "last").map(Note::number).orElse(0L)) + 1;
    for (; ; n++) {
      long unit = n;
      store.write(
          COMPANY,
          tx -> {
            for (String part : PARTS) {
              tx.put(NOTES, partId(unit, part), new Note("x".repeat(200), unit));
            }
            tx.put(NOTES, "last", new Note("last", unit));
            return null;
          });
      System.out.println("ack " + unit);
      System.out.flush();
    }
  }

  static String partId(long unit, String part) {
    return "unit-" + unit + "-" + part;
  }
}
