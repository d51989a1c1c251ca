package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.server.StubServer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzing from the spec: at least 10,000 invalid requests across every operation that takes input
 * ({@link InvalidRequests}, seeded: {@code -Dcrego.fuzz.seed=N} replays another run) are all
 * refused with a 4xx, none is answered with a 5xx or hangs, no answer leaks a stack trace or a
 * path, the stub is healthy afterwards, and the state is exactly what it was before.
 */
class SpecFuzzTest {

  private static final int REQUESTS = 10_000;
  private static final int CLIENTS = 8;
  private static final long SEED = Long.getLong("crego.fuzz.seed", 20_240_617L);

  /** What went wrong with one request. */
  private record Finding(FuzzRequest request, String problem) {
    @Override
    public String toString() {
      return problem + " ← " + request;
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void tenThousandInvalidRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (StubServer stub = TestStubs.start(TestStubs.config(), log)) {
      Loopback http = new Loopback(stub.baseUrl(), CLIENTS);
      Demo.of(http, stub.devToken()); // the company is seeded before the state is taken
      StateExport before = StateExport.of(stub.adminBaseUrl(), null);
      List<FuzzRequest> requests =
          new InvalidRequests(CregoSpec.get(), stub.devToken(), SEED).generate(REQUESTS);

      List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
      Map<String, Integer> byOperation = new TreeMap<>();
      requests.forEach(r -> byOperation.merge(r.operationId(), 1, Integer::sum));
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      try {
        List<Future<?>> sent = new ArrayList<>();
        for (FuzzRequest request : requests) {
          sent.add(clients.submit(() -> check(http, request, findings)));
        }
        for (Future<?> future : sent) {
          future.get(90, TimeUnit.SECONDS);
        }
      } finally {
        clients.shutdownNow();
      }

      assertTrue(requests.size() >= REQUESTS, "requests generated: " + requests.size());
      assertTrue(
          findings.isEmpty(),
          () ->
              findings.size()
                  + " of "
                  + requests.size()
                  + " requests (seed "
                  + SEED
                  + ") were not refused cleanly; first ones:\n  "
                  + findings.stream()
                      .limit(25)
                      .map(Finding::toString)
                      .collect(Collectors.joining("\n  ")));
      assertEquals(200, http.get("/__admin/health", null).status(), "healthy afterwards");
      assertEquals(200, http.get("/v1/lms/records/?page_size=1", stub.devToken()).status());
      assertEquals(
          before.root(),
          StateExport.of(stub.adminBaseUrl(), null).root(),
          "a refused request changed the state");
      System.out.println(
          "fuzz: "
              + requests.size()
              + " requests (seed "
              + SEED
              + ") over "
              + byOperation.size()
              + " operations, all refused with a 4xx");
    }
  }

  private static void check(Loopback http, FuzzRequest request, List<Finding> findings) {
    Loopback.Answer answer;
    try {
      answer = http.send(request.method(), request.path(), request.headers(), request.body());
    } catch (RuntimeException e) {
      findings.add(new Finding(request, "no answer: " + e.getMessage()));
      return;
    }
    if (answer.timedOut()) {
      findings.add(new Finding(request, "hung (no answer in " + Loopback.CALL_TIMEOUT + ")"));
    } else if (answer.status() < 400 || answer.status() >= 500) {
      findings.add(new Finding(request, "answered " + abbreviate(answer.toString())));
    } else {
      String leak = LeakCheck.find(answer.body());
      if (leak != null) {
        findings.add(
            new Finding(request, "leaks \"" + leak + "\" in " + abbreviate(answer.body())));
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
