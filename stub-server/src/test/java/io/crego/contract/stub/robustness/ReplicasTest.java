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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stub processes on one PostgreSQL database, on loopback, as a team's load balancer would
 * spread its clients over them: they serve one state. Transitions stay atomic across the replicas
 * (one winner, no number handed out twice, no EMI over-settled), and a write acknowledged by one is
 * seen by the very next read on the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ReplicasTest {

  private static final String TOKEN = "replicas-test-token";
  private static final int CLIENTS = 32;

  /** A second user, with a company of her own, for the tests that log in or reset. */
  private static final String CAROL = "carol";

  private static final String CAROL_PASSWORD = "carol-pw";

  private Path logs;

  private StubProcess first;
  private StubProcess second;
  private List<StubHttp> replicas;
  private Demo demo;
  private ExecutorService clients;

  @BeforeAll
  void startTwoReplicas(@TempDir Path logs) throws Exception {
    this.logs = logs;
    String url = TestPostgres.freshDatabase();
    // Both at once, as a deploy starts them: the schema is created and the demo company seeded
    // once however they race.
    ExecutorService starting = Executors.newFixedThreadPool(2);
    try {
      Future<StubProcess> a = starting.submit(() -> start(url, "a"));
      Future<StubProcess> b = starting.submit(() -> start(url, "b"));
      first = a.get();
      second = b.get();
    } finally {
      starting.shutdownNow();
    }
    replicas = List.of(StubHttp.to(first.baseUrl()), StubHttp.to(second.baseUrl()));
    clients = Executors.newFixedThreadPool(CLIENTS);
    // The first call of each replica prepares the company: race them too.
    all(2, i -> replicas.get(i).get("/auth/ping/", TOKEN));
    demo = Demo.of(replicas.get(0), TOKEN);
  }

  private StubProcess start(String url, String name) {
    return StubProcess.start(
        logs.resolve(name + ".log"),
        "--store",
        url,
        "--token",
        TOKEN,
        "--user",
        "admin:admin",
        "--user",
        CAROL + ":" + CAROL_PASSWORD);
  }

  @AfterAll
  void stop() throws Exception {
    if (clients != null) {
      clients.shutdownNow();
    }
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  void theDemoCompanyIsSeededOnceForBothReplicas() {
    Reply onFirst = replicas.get(0).get("/v1/lms/records/?page_size=100", TOKEN);
    Reply onSecond = replicas.get(1).get("/v1/lms/records/?page_size=100", TOKEN);
    assertEquals(200, onFirst.status(), onFirst::toString);
    assertEquals(onFirst.json().path("results"), onSecond.json().path("results"));
    Set<String> refIds = new HashSet<>();
    for (JsonNode record : onFirst.json().path("results")) {
      assertTrue(refIds.add(record.path("ref_id").asText()), "seeded twice: " + record);
    }
  }

  @Test
  void twoHundredMarkProcessedCallsOverTwoReplicasHaveOneWinner() throws Exception {
    String record = createRecord(0, demo.account(), "5000", null).path("id").asText();

    List<Reply> answers =
        all(
            200,
            i ->
                replicas
                    .get(i % 2)
                    .json(
                        "PUT",
                        "/v1/lms/records/" + record + "/mark_processed/",
                        TOKEN,
                        markProcessed("RACE-" + i)));

    List<Reply> won = answers.stream().filter(a -> a.status() == 200).toList();
    assertEquals(1, won.size(), () -> "winners: " + won);
    assertEquals(
        199, answers.stream().filter(a -> a.status() == 409).count(), () -> "answers: " + answers);
    JsonNode winner = won.get(0).json();
    for (StubHttp replica : replicas) {
      JsonNode stored = replica.get("/v1/lms/records/" + record + "/", TOKEN).json();
      assertEquals(winner, stored, "what the winner was told is what each replica serves");
    }
  }

  @Test
  void aThousandCreatesOverTwoReplicasGiveAThousandDistinctRefIdsAndIndexes() throws Exception {
    int before = count(replicas.get(0));

    List<Reply> answers =
        all(
            1_000,
            i ->
                replicas
                    .get(i % 2)
                    .json(
                        "POST",
                        "/v1/lms/records/",
                        TOKEN,
                        recordBody(demo.account(), "100", null)));

    Set<String> refIds = new HashSet<>();
    Set<Integer> indexes = new HashSet<>();
    for (Reply answer : answers) {
      assertEquals(201, answer.status(), answer::toString);
      refIds.add(answer.json().path("ref_id").asText());
      indexes.add(answer.json().path("index").asInt());
    }
    assertEquals(1_000, refIds.size(), "distinct ref_ids");
    assertEquals(1_000, indexes.size(), "distinct indexes");
    for (StubHttp replica : replicas) {
      assertEquals(before + 1_000, count(replica), "every create is stored, once");
    }
  }

  @Test
  void aWriteOnOneReplicaIsSeenByTheNextReadOnTheOther() {
    for (int i = 0; i < 40; i++) {
      int round = i;
      StubHttp writer = replicas.get(i % 2);
      StubHttp reader = replicas.get((i + 1) % 2);
      JsonNode created = createRecord(i % 2, demo.account(), "12.34", null);
      String id = created.path("id").asText();

      Reply read = reader.get("/v1/lms/records/" + id + "/", TOKEN);
      assertEquals(
          200, read.status(), () -> "round " + round + ": the other replica answered " + read);
      assertEquals(created, read.json());

      Reply processed =
          reader.json(
              "PUT",
              "/v1/lms/records/" + id + "/mark_processed/",
              TOKEN,
              markProcessed("RYW-" + i));
      assertEquals(200, processed.status(), processed::toString);
      JsonNode after = writer.get("/v1/lms/records/" + id + "/", TOKEN).json();
      assertEquals(processed.json(), after, "the first replica sees the second's transition");
    }
  }

  @Test
  void concurrentRepaymentsOfOneLoanOverTwoReplicasNeverOverSettleAnEmi() throws Exception {
    JsonNode loan = demo.loanWithDueEmis();
    String loanId = loan.path("id").asText();
    String account = loan.path("account").asText();
    List<String> records = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      records.add(createRecord(i % 2, account, "2500.37", loanId).path("id").asText());
    }

    List<Reply> answers =
        all(
            records.size(),
            i ->
                replicas
                    .get(i % 2)
                    .json(
                        "PUT",
                        "/v1/lms/records/" + records.get(i) + "/mark_processed/",
                        TOKEN,
                        markProcessed("REPAY-" + i)));
    answers.forEach(answer -> assertEquals(200, answer.status(), answer::toString));

    StateExport state = StateExport.of(second.baseUrl(), null);
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

  @Test
  void aLoginThroughOneReplicaIsKnownToTheOtherAndItsRefreshTokenWorksOnce() {
    Reply login =
        replicas
            .get(0)
            .json(
                "POST",
                "/auth/login/",
                null,
                "{\"username\":\"" + CAROL + "\",\"password\":\"" + CAROL_PASSWORD + "\"}");
    assertEquals(200, login.status(), login::toString);
    String access = login.json().path("access").asText();
    String refresh = login.json().path("refresh").asText();

    Reply ping = replicas.get(1).get("/auth/ping/", access);
    assertEquals(200, ping.status(), () -> "the other replica refused the token: " + ping);

    String body = "{\"refresh\":\"" + refresh + "\"}";
    Reply refreshed = replicas.get(1).json("POST", "/auth/tokens/refresh/", null, body);
    assertEquals(200, refreshed.status(), refreshed::toString);
    Reply again = replicas.get(0).json("POST", "/auth/tokens/refresh/", null, body);
    assertEquals(401, again.status(), () -> "a used refresh token, on the first replica: " + again);
    assertTrue(again.body().contains("already been used"), again::toString);
    Reply newAccess = replicas.get(0).get("/auth/ping/", refreshed.json().path("access").asText());
    assertEquals(200, newAccess.status(), newAccess::toString);
  }

  @Test
  void aCompanyResetThroughOneReplicaIsSeededAfreshWhenTheOtherServesItNext() {
    // A login on each replica: this test holds even where tokens are not shared.
    String onFirst = replicas.get(0).login(CAROL, CAROL_PASSWORD);
    String onSecond = replicas.get(1).login(CAROL, CAROL_PASSWORD);
    String company = replicas.get(0).get("/auth/ping/", onFirst).json().path("company_id").asText();
    int seeded = count(replicas.get(1), onSecond);
    assertTrue(seeded > 0, "the demo seed gives each company records");
    createRecordAs(replicas.get(1), onSecond);
    assertEquals(seeded + 1, count(replicas.get(0), onFirst));

    Reply reset =
        replicas.get(0).json("POST", "/__admin/crego/reset?company=" + company, null, null);
    assertEquals(200, reset.status(), reset::toString);

    assertEquals(
        seeded,
        count(replicas.get(1), onSecond),
        "the replica that did not reset serves the company seeded afresh, not empty or stale");
    assertEquals(seeded, count(replicas.get(0), onFirst));
  }

  private static void createRecordAs(StubHttp replica, String token) {
    Demo own = Demo.of(replica, token);
    Reply created =
        replica.json("POST", "/v1/lms/records/", token, recordBody(own.account(), "10", null));
    assertEquals(201, created.status(), created::toString);
  }

  private int count(StubHttp replica) {
    return count(replica, TOKEN);
  }

  private static int count(StubHttp replica, String token) {
    Reply page = replica.get("/v1/lms/records/?page_size=1", token);
    assertEquals(200, page.status(), page::toString);
    return page.json().path("count").asInt();
  }

  private JsonNode createRecord(int replica, String account, String amount, String loan) {
    Reply created =
        replicas
            .get(replica)
            .json("POST", "/v1/lms/records/", TOKEN, recordBody(account, amount, loan));
    assertEquals(201, created.status(), created::toString);
    return created.json();
  }

  private String markProcessed(String utr) {
    return "{\"utr\":\""
        + utr
        + "\",\"settled_at\":1718610125,\"collection_bank_id\":\""
        + demo.bank()
        + "\"}";
  }

  static String recordBody(String account, String amount, String loan) {
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
      answers.add(future.get());
    }
    return answers;
  }
}
