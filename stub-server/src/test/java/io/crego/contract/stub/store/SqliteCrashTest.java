package io.crego.contract.stub.store;

import static io.crego.contract.stub.store.Note.NOTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that writes continuously ({@code destroyForcibly}, SIGKILL on Linux) and reopens its
 * data: every acknowledged unit of work is there, and no unit of work is there in part. Several
 * rounds on the same directory, so recovery after a crash is itself crashed into.
 */
class SqliteCrashTest {

  private static final int ROUNDS = 3;
  private static final int ACKS_BEFORE_KILL = 60;

  @TempDir Path dataDir;

  @Test
  void acknowledgedWritesSurviveKillNineAndNoUnitIsHalfWritten() throws Exception {
    long acknowledged = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      long lastAck = writeUntilKilled(round);
      assertTrue(lastAck > acknowledged, "round " + round + " made no progress");
      acknowledged = lastAck;
      check(acknowledged);
    }
  }

  /** Starts a writer, kills it after some acknowledgements, returns the last one it printed. */
  private long writeUntilKilled(int round) throws IOException, InterruptedException {
    Path stderr = dataDir.resolve("writer-" + round + ".err");
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriter.class.getName(),
                dataDir.toString())
            .redirectError(stderr.toFile())
            .start();
    long lastAck = 0;
    int acks = 0;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acks < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
        lastAck = Long.parseLong(line.substring("ack ".length()));
        acks++;
      }
      // Let it write on for a moment, so the kill lands at a random point of some later unit
      // of work rather than just after an acknowledgement read.
      Thread.sleep(ThreadLocalRandom.current().nextInt(5, 50));
      writer.destroyForcibly();
      assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer did not die");
    }
    assertEquals(ACKS_BEFORE_KILL, acks, "the writer stopped early: " + read(stderr));
    return lastAck;
  }

  private void check(long acknowledged) {
    try (Store store = new SqliteStore(dataDir)) {
      List<Note> notes = store.read(CrashWriter.COMPANY, view -> view.all(NOTES));
      long last =
          store.read(CrashWriter.COMPANY, view -> view.get(NOTES, "last")).orElseThrow().number();
      Map<Long, Integer> partsPerUnit = new HashMap<>();
      for (Note note : notes) {
        if (!note.text().equals("last")) {
          partsPerUnit.merge(note.number(), 1, Integer::sum);
        }
      }

      // Units after the last ack read may be there too: acknowledged in the pipe unread, or
      // committed just before the kill.
      assertTrue(last >= acknowledged, "last unit " + last + ", acknowledged " + acknowledged);
      for (long unit = 1; unit <= last; unit++) {
        assertEquals(
            CrashWriter.PARTS.length,
            partsPerUnit.getOrDefault(unit, 0),
            "parts of unit " + unit + " (acknowledged up to " + acknowledged + ")");
      }
      assertEquals(last, partsPerUnit.size(), "units on disk beyond the last one: " + partsPerUnit);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
