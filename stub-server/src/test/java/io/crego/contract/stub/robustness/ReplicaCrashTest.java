package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.store.TestPostgres;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas on one PostgreSQL database take writes from clients of both; one is killed with
 * {@code kill -9} in mid-stream. Every write either replica acknowledged is in the database, the
 * one left keeps serving, and a replica started again joins it on the same state.
 */
class ReplicaCrashTest {

  private static final String TOKEN = "replica-crash-token";
  private static final int WRITERS_PER_REPLICA = 2;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 100;
  private static final int ACKNOWLEDGED_BY_SURVIVOR_AFTER_KILL = 40;

  @TempDir Path logs;

  /** What a client was told about a record: its amount, and its UTR once processed. */
  private record Acknowledged(BigDecimal amount, String processedUtr) {}

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void acknowledgedWritesSurviveKillNineOfOneReplicaAndTheOtherKeepsServing() throws Exception {
    String url = TestPostgres.freshDatabase();
    Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    try (StubProcess victim = start(url, "victim");
        StubProcess survivor = start(url, "survivor")) {
      StubHttp toVictim = StubHttp.to(victim.baseUrl());
      StubHttp toSurvivor = StubHttp.to(survivor.baseUrl());
      Demo demo = Demo.of(toSurvivor, TOKEN);
      AtomicBoolean victimKilled = new AtomicBoolean();
      AtomicBoolean done = new AtomicBoolean();
      CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
      AtomicInteger survivorAcks = new AtomicInteger();
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < 2 * WRITERS_PER_REPLICA; w++) {
        boolean onVictim = w % 2 == 0;
        Writer writer =
            new Writer(
                onVictim ? toVictim : toSurvivor,
                demo,
                w,
                acknowledged,
                enough,
                onVictim ? victimKilled : done,
                onVictim ? new AtomicInteger() : survivorAcks);
        Thread thread = new Thread(writer::run, "writer-" + w);
        thread.start();
        writers.add(thread);
      }
      assertTrue(enough.await(90, TimeUnit.SECONDS), "writes were acknowledged too slowly");
      victimKilled.set(true);
      victim.kill();

      int atKill = survivorAcks.get();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (survivorAcks.get() < atKill + ACKNOWLEDGED_BY_SURVIVOR_AFTER_KILL
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      done.set(true);
      for (Thread writer : writers) {
        writer.join(30_000);
      }
      assertTrue(
          survivorAcks.get() >= atKill + ACKNOWLEDGED_BY_SURVIVOR_AFTER_KILL,
          "the survivor stopped serving writes after the kill: "
              + (survivorAcks.get() - atKill)
              + " acknowledged since");

      assertEveryAcknowledgedWriteIsThere(StateExport.of(survivor.baseUrl(), null), acknowledged);

      try (StubProcess restarted = start(url, "restarted")) {
        assertEveryAcknowledgedWriteIsThere(
            StateExport.of(restarted.baseUrl(), null), acknowledged);
        StubHttp http = StubHttp.to(restarted.baseUrl());
        Reply after =
            http.json(
                "POST",
                "/v1/lms/records/",
                TOKEN,
                ReplicasTest.recordBody(demo.account(), "1.00", null));
        assertEquals(201, after.status(), "the restarted replica takes writes: " + after);
        String id = after.json().path("id").asText();
        Reply seen = toSurvivor.get("/v1/lms/records/" + id + "/", TOKEN);
        assertEquals(200, seen.status(), "the survivor sees it: " + seen);
      }
    }
  }

  private StubProcess start(String url, String name) {
    return StubProcess.start(logs.resolve(name + ".log"), "--store", url, "--token", TOKEN);
  }

  private static void assertEveryAcknowledgedWriteIsThere(
      StateExport state, Map<String, Acknowledged> acknowledged) {
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
  }

  /** Creates records, marking every third processed, until stopped or its replica is gone. */
  private record Writer(
      StubHttp http,
      Demo demo,
      int number,
      Map<String, Acknowledged> acknowledged,
      CountDownLatch enough,
      AtomicBoolean stop,
      AtomicInteger acks) {

    void run() {
      for (int n = 0; n < 20_000 && !stop.get(); n++) {
        try {
          BigDecimal amount = new BigDecimal(number * 100_000 + n + ".25");
          Reply created =
              http.json(
                  "POST",
                  "/v1/lms/records/",
                  TOKEN,
                  ReplicasTest.recordBody(demo.account(), amount.toPlainString(), null));
          if (created.status() != 201) {
            continue;
          }
          String id = created.json().path("id").asText();
          acknowledge(id, new Acknowledged(amount, null));
          if (n % 3 == 0) {
            String utr = "CRASH-" + number + "-" + n;
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
              acknowledge(id, new Acknowledged(amount, utr));
            }
          }
        } catch (RuntimeException connectionLost) {
          return; // the replica is gone: what it acknowledged so far is what must survive
        }
      }
    }

    private void acknowledge(String id, Acknowledged write) {
      acknowledged.put(id, write);
      acks.incrementAndGet();
      enough.countDown();
    }
  }
}
