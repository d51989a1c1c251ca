package io.crego.contract.conformance.broken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.cli.ConformanceRunner;
import io.crego.contract.conformance.deviation.Deviations;
import io.crego.contract.conformance.exchange.ExchangeValidator;
import io.crego.contract.conformance.http.ApiClient;
import io.crego.contract.conformance.http.Auth;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.conformance.http.NoAnswerError;
import io.crego.contract.conformance.report.RunSummary;
import io.crego.contract.conformance.report.TestOutcome;
import io.crego.contract.conformance.run.ExchangeJudge;
import io.crego.contract.conformance.run.ExchangeLog;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * Calls the target leaves unanswered fail naming the operation and the URL, and a broken setup
 * operation reads as one root cause: the tests that needed it fail with {@code setup failed:
 * <operation> …}, counted in one row of the report.
 */
class UnansweredCallsTest {

  private static final CregoSpec SPEC = CregoSpec.get();

  @Test
  void aClosedPortIsAConnectionRefusedNamingTheOperationAndUrl() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String base = "http://127.0.0.1:" + port;
    NoAnswerError error =
        assertThrows(
            NoAnswerError.class,
            () -> client(base, Duration.ofSeconds(2)).send(firstPage(), Auth.none()));
    assertEquals(
        "listRecords GET " + base + "/v1/lms/records/?page=1: connection refused",
        error.getMessage());
  }

  @Test
  void aTargetThatNeverAnswersTimesOutNamingTheOperationAndUrl() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Accepting accepted = new Accepting(silent)) {
      String base = "http://127.0.0.1:" + silent.getLocalPort();
      NoAnswerError error =
          assertThrows(
              NoAnswerError.class,
              () -> client(base, Duration.ofSeconds(1)).send(firstPage(), Auth.none()));
      assertEquals(
          "listRecords GET "
              + base
              + "/v1/lms/records/?page=1: timed out after 1 s without an answer",
          error.getMessage());
    }
  }

  @Test
  void aDroppedSetupOperationFailsTheTestsThatNeedItAsSetupFailuresInOneRow() throws Exception {
    Path reports = Path.of("target", "unanswered-calls");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    RunSummary summary;
    String proxyUrl;
    try (StubServer stub = startStub();
        BreakingProxy proxy =
            new BreakingProxy(
                stub.baseUrl(), Breakage.RECORD_CREATION_DROPPED, StubConfig.DEFAULT_DEV_TOKEN)) {
      proxyUrl = proxy.baseUrl();
      summary =
          new ConformanceRunner(new PrintStream(log, true, StandardCharsets.UTF_8))
              .run(BrokenTargetTest.config(proxyUrl, reports));
    }
    String output = log.toString(StandardCharsets.UTF_8);
    String dropped =
        "createRecord POST "
            + proxyUrl
            + "/v1/lms/records/: the target closed the connection without answering";
    List<TestOutcome> failures = summary.failures();
    String reasons =
        failures.stream().map(o -> o.name() + ": " + o.reason()).collect(Collectors.joining("\n"));
    TestOutcome own = named(failures, "positive createRecord → 201");
    assertEquals(dropped, own.reason(), "createRecord's own test fails as itself");
    List<TestOutcome> setup =
        failures.stream().filter(o -> o.reason().startsWith("setup failed: ")).toList();
    assertTrue(setup.size() >= 5, "too few tests failed in their setup:\n" + reasons);
    for (TestOutcome o : setup) {
      assertEquals("setup failed: " + dropped, o.reason(), o.name() + " names another cause");
    }
    assertTrue(
        setup.stream().anyMatch(o -> o.name().equals("positive getRecord → 200")),
        "getRecord needs a record made first:\n" + reasons);
    for (TestOutcome o : failures) {
      assertTrue(
          o.reason().equals(dropped) || o.reason().equals("setup failed: " + dropped),
          "one broken operation, one cause; but " + o.name() + ": " + o.reason());
    }

    Document page = Jsoup.parse(summary.htmlReport().toFile(), "UTF-8");
    Element row = rowWith(page, "setup failed: createRecord POST");
    assertEquals(String.valueOf(setup.size()), row.selectFirst("td.count").text(), output);
    Files.writeString(reports.resolve("run.log"), output);
  }

  private static Element rowWith(Document page, String text) {
    Elements rows =
        page.select("h2#failures ~ table").first().select("tbody > tr:contains(" + text + ")");
    assertEquals(1, rows.size(), "the setup failures of one cause make one row: " + rows);
    return rows.first();
  }

  private static TestOutcome named(List<TestOutcome> outcomes, String name) {
    return outcomes.stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no failure of " + name + " in " + outcomes));
  }

  private static StubServer startStub() {
    return StubServer.start(
        StubConfig.defaults()
            .withHost("127.0.0.1")
            .withPort(0)
            .withSeed("none")
            .withUsers(BrokenTargetTest.USER + ":" + BrokenTargetTest.PASSWORD)
            .withAccessLog(false));
  }

  private static ApiClient client(String base, Duration timeout) {
    ExchangeJudge judge =
        new ExchangeJudge(
            new ExchangeValidator(SPEC), Deviations.none(), new ExchangeLog(), () -> "test");
    return new ApiClient(base, judge, timeout);
  }

  private static Call firstPage() {
    return Call.to(SPEC.operation(OperationIds.LIST_RECORDS).orElseThrow()).withQuery("page", "1");
  }

  /** Accepts connections and never answers them, until closed. */
  private static final class Accepting implements AutoCloseable {
    private final Thread thread;
    private final List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();

    Accepting(ServerSocket socket) {
      thread =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(socket.accept());
                  }
                } catch (java.io.IOException closed) {
                  // the test is over
                }
              });
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void close() throws Exception {
      for (Socket s : held) {
        s.close();
      }
    }
  }
}
