package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.server.StubServer;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many clients at once through HTTP, as a CI fleet sharing one stub would be: transitions of one
 * record, creations in one company and repayments of one loan are serialised by the store, so
 * exactly one transition wins, no number is handed out twice and no EMI is settled twice.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrencyTest {

  private static final int CLIENTS = 32;

  private StubServer stub;
  private StubHttp http;
  private String token;
  private ExecutorService clients;

  @BeforeEach
  void start() {
    stub = TestStubs.start(TestStubs.config());
    http = StubHttp.to(stub.baseUrl());
    token = stub.devToken();
    clients = Executors.newFixedThreadPool(CLIENTS);
  }

  @AfterEach
  void stop() {
    clients.shutdownNow();
    stub.close();
  }

  @Test
  void twoHundredMarkProcessedCallsOnOnePendingRecordHaveOneWinner() throws Exception {
    Demo demo = Demo.of(http, token);
    String record = createRecord(demo.account(), "5000", null).path("id").asText();

    List<Reply> answers =
        all(
            200,
            i ->
                http.json(
                    "PUT",
                    "/v1/lms/records/" + record + "/mark_processed/",
                    token,
                    "{\"utr\":\"RACE-"
                        + i
                        + "\",\"settled_at\":1718610125,\"collection_bank_id\":\""
                        + demo.bank()
                        + "\"}"));

    List<Reply> won = answers.stream().filter(a -> a.status() == 200).toList();
    assertEquals(1, won.size(), () -> "winners: " + won);
    assertEquals(
        199, answers.stream().filter(a -> a.status() == 409).count(), () -> "answers: " + answers);
    JsonNode stored = http.get("/v1/lms/records/" + record + "/", token).json();
    JsonNode winner = won.get(0).json();
    assertEquals("processed", stored.path("status").asText());
    assertEquals(winner.path("utr").asText(), stored.path("utr").asText(), "the winner's UTR");
    assertEquals(winner, stored, "what the winner was told is what is stored");
  }

  @Test
  void aThousandConcurrentCreatesGiveAThousandRecordsWithUniqueRefIds() throws Exception {
    Demo demo = Demo.of(http, token);
    int before = http.get("/v1/lms/records/?page_size=1", token).json().path("count").asInt();

    List<Reply> answers =
        all(
            1_000,
            i ->
                http.json(
                    "POST", "/v1/lms/records/", token, recordBody(demo.account(), "100", null)));

    Set<String> refIds = new HashSet<>();
    Set<Integer> indexes = new HashSet<>();
    for (Reply answer : answers) {
      assertEquals(201, answer.status(), answer::toString);
      refIds.add(answer.json().path("ref_id").asText());
      indexes.add(answer.json().path("index").asInt());
    }
    assertEquals(1_000, refIds.size(), "unique ref_ids");
    assertEquals(1_000, indexes.size(), "unique indexes");
    int after = http.get("/v1/lms/records/?page_size=1", token).json().path("count").asInt();
    assertEquals(before + 1_000, after, "every acknowledged create is stored, once");
  }

  @Test
  void concurrentRepaymentsOfOneLoanNeverOverSettleAnEmi() throws Exception {
    Demo demo = Demo.of(http, token);
    JsonNode loan = demo.loanWithDueEmis();
    String loanId = loan.path("id").asText();
    String account = loan.path("account").asText();
    List<String> records = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      records.add(createRecord(account, "2500.37", loanId).path("id").asText());
    }

    List<Reply> answers =
        all(
            records.size(),
            i ->
                http.json(
                    "PUT",
                    "/v1/lms/records/" + records.get(i) + "/mark_processed/",
                    token,
                    "{\"utr\":\"REPAY-"
                        + i
                        + "\",\"settled_at\":1718610125,\"collection_bank_id\":\""
                        + demo.bank()
                        + "\"}"));
    answers.forEach(answer -> assertEquals(200, answer.status(), answer::toString));

    StateExport state = StateExport.of(stub.adminBaseUrl(), null);
    Map<String, BigDecimal> settledByRecord = new HashMap<>();
    for (JsonNode settlement : state.documents("settlements")) {
      settledByRecord.merge(
          settlement.path("record").asText(),
          settlement.path("amount").decimalValue(),
          BigDecimal::add);
    }
    for (String id : records) {
      JsonNode record = state.document("records", id);
      BigDecimal settled = settledByRecord.getOrDefault(id, BigDecimal.ZERO);
      assertEquals(
          0,
          record
              .path("amount")
              .decimalValue()
              .compareTo(settled.add(record.path("remaining_amount").decimalValue())),
          () -> "settlements + remaining != amount for " + record);
    }
    for (JsonNode emi : state.documents("emis")) {
      for (JsonNode part : emi.path("components")) {
        BigDecimal amount = part.path("amount").decimalValue();
        BigDecimal paid = part.path("paid_amount").decimalValue();
        BigDecimal outstanding = part.path("outstanding_amount").decimalValue();
        assertTrue(outstanding.signum() >= 0, () -> "over-settled: " + emi);
        assertEquals(
            0, amount.compareTo(paid.add(outstanding)), () -> "paid + outstanding: " + emi);
      }
    }
  }

  private JsonNode createRecord(String account, String amount, String loan) {
    Reply created = http.json("POST", "/v1/lms/records/", token, recordBody(account, amount, loan));
    assertEquals(201, created.status(), created::toString);
    return created.json();
  }

  private static String recordBody(String account, String amount, String loan) {
    return "{\"account_id\":\""
        + account
        + "\",\"received_amount\":"
        + amount
        + ",\"date\":1718610125"
        + (loan == null ? "" : ",\"loan_ids\":[\"" + loan + "\"]")
        + "}";
  }

  private interface Call {
    Reply make(int i) throws Exception;
  }

  /** Makes {@code count} calls from the client pool, all released at once; their answers. */
  private List<Reply> all(int count, Call call) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Reply>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      Callable<Reply> task =
          () -> {
            go.await();
            return call.make(n);
          };
      futures.add(clients.submit(task));
    }
    go.countDown();
    List<Reply> answers = new ArrayList<>();
    for (Future<Reply> future : futures) {
      // a call that times out throws, and fails the test here
      answers.add(future.get(50, TimeUnit.SECONDS));
    }
    return answers;
  }
}
