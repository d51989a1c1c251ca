package io.crego.contract.stub.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The lifecycle check runs in the store's unit of work: of concurrent transitions one wins. */
class ConcurrentProcessingTest extends RecordsTestBase {

  private static final int THREADS = 50;

  @Test
  void fiftyThreadsMarkingOneRecordProcessedYieldOneSuccess() throws Exception {
    String id = pending("5000");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Exchange>> answers = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        String utr = "CONCURRENT-" + t;
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return markProcessed(id, utr);
                }));
      }
      start.countDown();
      Map<String, Integer> outcomes = new TreeMap<>();
      String winningUtr = null;
      for (Future<Exchange> answer : answers) {
        Exchange exchange = answer.get();
        String outcome =
            exchange.status() == 200 ? "200" : exchange.status() + " " + exchange.text("/code");
        outcomes.merge(outcome, 1, Integer::sum);
        if (exchange.status() == 200) {
          winningUtr = exchange.text("/utr");
        }
      }

      assertEquals(Map.of("200", 1, "409 TRANSITION_NOT_ALLOWED", THREADS - 1), outcomes);
      Record record = stored(id);
      assertEquals(RecordStatus.PROCESSED, record.getStatus());
      assertEquals(winningUtr, record.getUtr());
      assertEquals(Boolean.TRUE, record.getIsProcessed());
      assertEquals(record.getAmount(), record.getRemainingAmount());
    } finally {
      pool.shutdownNow();
    }
  }
}
