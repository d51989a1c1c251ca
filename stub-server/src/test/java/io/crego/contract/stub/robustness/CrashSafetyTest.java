package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --data-dir} under {@code kill -9}: writers stream creates and Mark Processed calls over
 * HTTP, the process is killed while they are at it, and after a restart every write that was
 * acknowledged is there as acknowledged, and every record there is whole — including the ones in
 * flight at the kill, which may or may not have made it.
 */
class CrashSafetyTest {

  private static final String TOKEN = "crash-test-token";
  private static final int WRITERS = 4;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 100;

  @TempDir Path dataDir;
  @TempDir Path logs;

  /** What a client was told about a record: its amount, and its UTR once processed. */
  private record Acknowledged(BigDecimal amount, String processedUtr) {}

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyAcknowledgedWriteSurvivesKillNineAndNothingIsHalfWritten() throws Exception {
    Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    try (StubProcess first = startStub()) {
      StubHttp http = StubHttp.to(first.baseUrl());
      Demo demo = Demo.of(http, TOKEN);
      AtomicBoolean killed = new AtomicBoolean();
      CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        Thread thread =
            new Thread(
                () -> write(http, demo, writer, acknowledged, enough, killed), "writer-" + w);
        thread.start();
        writers.add(thread);
      }
      assertTrue(enough.await(60, TimeUnit.SECONDS), "writes were acknowledged too slowly");
      killed.set(true);
      first.kill();
      for (Thread writer : writers) {
        writer.join(30_000);
      }
    }
    assertEquals("ok", integrityCheck(), "SQLite's own check of the database after the kill");

    try (StubProcess second = startStub()) {
      StateExport state = StateExport.of(second.baseUrl(), null);
      for (Map.Entry<String, Acknowledged> write : acknowledged.entrySet()) {
        JsonNode record = state.document("records", write.getKey());
        Acknowledged expected = write.getValue();
        assertEquals(
            0, expected.amount().compareTo(record.path("amount").decimalValue()), record::toString);
        if (expected.processedUtr() != null) {
          assertEquals("processed", record.path("status").asText(), record::toString);
          assertEquals(expected.processedUtr(), record.path("utr").asText());
        }
      }
      assertEverythingWhole(state);
      StubHttp http = StubHttp.to(second.baseUrl());
      Reply after =
          http.json(
              "POST",
              "/v1/lms/records/",
              TOKEN,
              body(Demo.of(http, TOKEN).account(), "1.00", "AFTER-RESTART"));
      assertEquals(201, after.status(), "the restarted stub takes writes: " + after);
    }
  }

  private StubProcess startStub() {
    return StubProcess.start(
        logs.resolve("stub.log"), "--data-dir", dataDir.toString(), "--token", TOKEN);
  }

  /** Creates records, marking every third processed, until the stub is killed. */
  private static void write(
      StubHttp http,
      Demo demo,
      int writer,
      Map<String, Acknowledged> acknowledged,
      CountDownLatch enough,
      AtomicBoolean killed) {
    for (int n = 0; n < 5_000 && !killed.get(); n++) {
      try {
        BigDecimal amount = new BigDecimal(writer * 10_000 + n + ".25");
        Reply created =
            http.json(
                "POST",
                "/v1/lms/records/",
                TOKEN,
                body(demo.account(), amount.toPlainString(), null));
        if (created.status() != 201) {
          continue;
        }
        String id = created.json().path("id").asText();
        acknowledged.put(id, new Acknowledged(amount, null));
        enough.countDown();
        if (n % 3 == 0) {
          String utr = "CRASH-" + writer + "-" + n;
          Reply processed =
              http.json(
                  "PUT",
                  "/v1/lms/records/" + id + "/mark_processed/",
                  TOKEN,
                  "{\"utr\":\""
                      + utr
                      + "\",\"settled_at\":1718610125,\"collection_bank_id\":\""
                      + demo.bank()
                      + "\"}");
          if (processed.status() == 200) {
            acknowledged.put(id, new Acknowledged(amount, utr));
            enough.countDown();
          }
        }
      } catch (RuntimeException connectionLost) {
        return; // the stub is gone: what it acknowledged so far is what must survive
      }
    }
  }

  /**
   * Whole: every record is valid by the spec's Record schema, no record number was handed out twice
   * or beyond the counter, and each record's settlements and remaining amount add up to its amount
   * (a unit of work that wrote the record but not its settlements would break that).
   */
  private static void assertEverythingWhole(StateExport state) {
    Map<String, BigDecimal> settled = new HashMap<>();
    for (JsonNode settlement : state.documents("settlements")) {
      settled.merge(
          settlement.path("record").asText(),
          settlement.path("amount").decimalValue(),
          BigDecimal::add);
    }
    long counter =
        state.documents("sequences").stream()
            .filter(s -> s.has("last"))
            .mapToLong(s -> s.path("last").asLong())
            .max()
            .orElse(0);
    Set<Integer> indexes = new HashSet<>();
    for (JsonNode record : state.documents("records")) {
      assertEquals(
          List.of(),
          CregoSpec.get().validator().validate("#/components/schemas/Record", record),
          record::toString);
      assertTrue(indexes.add(record.path("index").asInt()), () -> "index twice: " + record);
      assertTrue(
          record.path("index").asLong() <= counter, () -> "index beyond the counter: " + record);
      BigDecimal accounted =
          settled
              .getOrDefault(record.path("id").asText(), BigDecimal.ZERO)
              .add(record.path("remaining_amount").decimalValue());
      assertEquals(0, record.path("amount").decimalValue().compareTo(accounted), record::toString);
    }
  }

  private String integrityCheck() throws SQLException {
    try (Connection db =
            DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("crego-stub.db"));
        Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      result.next();
      return result.getString(1);
    }
  }

  private static String body(String account, String amount, String utr) {
    return "{\"account_id\":\""
        + account
        + "\",\"received_amount\":"
        + amount
        + ",\"date\":1718610125"
        + (utr == null ? "" : ",\"utr\":\"" + utr + "\"")
        + "}";
  }
}
