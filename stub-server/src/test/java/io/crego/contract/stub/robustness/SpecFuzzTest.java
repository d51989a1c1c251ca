package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.server.StubServer;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
      StubHttp http = StubHttp.to(stub.baseUrl());
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

  /**
   * Values for each fault field: valid ones, and invalid ones the definition must be refused for.
   */
  private static final Map<String, List<Object>> VALID_FAULT_VALUES =
      Map.of(
          "operationId", List.of(OperationIds.LIST_EMIS, OperationIds.PING),
          "status", List.of(503, 429, 500),
          "delay_ms", List.of(0, 10),
          "times", List.of(1, 3),
          "rate", List.of(0.5, 1),
          "seed", List.of(7, -3));

  private static final Map<String, List<Object>> INVALID_FAULT_VALUES =
      Map.of(
          "operationId", List.of(5, "noSuchOperation", true),
          "status", List.of("x", 1.5, 99_999_999_999L),
          "network", List.of("UNPLUGGED", 3, "empty_response"),
          "delay_ms", List.of(-1, 120_001, "1", 1.5),
          "times", List.of(0, -3, 1_000_001, "2"),
          "rate", List.of(0, -0.1, 1.01, "half"),
          "seed", List.of("abc", 1.5),
          "company", List.of("acme", 12),
          "user", List.of("mallory", 3),
          "colour", List.of("red"));

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void badFaultDefinitionsAreRefusedWithAPointerToEachMistakeAndScheduleNothing() {
    try (StubServer stub = TestStubs.start(TestStubs.config())) {
      StubHttp http = StubHttp.to(stub.baseUrl());
      Random random = new Random(SEED);
      List<String> findings = new ArrayList<>();
      List<String> invalidFields = new ArrayList<>(INVALID_FAULT_VALUES.keySet());
      Collections.sort(invalidFields);
      for (int i = 0; i < 1_000; i++) {
        ObjectNode fault = Json.MAPPER.createObjectNode();
        List<String> wrong = new ArrayList<>();
        for (String field : invalidFields) {
          if (random.nextInt(4) == 0) {
            wrong.add(field);
            fault.set(field, Json.tree(pick(random, INVALID_FAULT_VALUES.get(field))));
          } else if (VALID_FAULT_VALUES.containsKey(field) && random.nextBoolean()) {
            fault.set(field, Json.tree(pick(random, VALID_FAULT_VALUES.get(field))));
          }
        }
        if (wrong.isEmpty()) {
          String field = pick(random, invalidFields);
          wrong.add(field);
          fault.set(field, Json.tree(pick(random, INVALID_FAULT_VALUES.get(field))));
        }
        Reply answer = http.json("POST", "/__admin/crego/faults", null, fault.toString());
        String problem = faultRefusalProblem(answer, wrong);
        if (problem != null) {
          findings.add(problem + " ← " + fault);
        }
      }
      assertEquals(List.of(), findings.stream().limit(20).toList(), "fault definitions");
      assertEquals(
          0,
          http.get("/__admin/crego/faults", null).json().path("faults").size(),
          "a refused definition scheduled a fault");
      assertEquals(200, http.get("/v1/lms/records/?page_size=1", stub.devToken()).status());
    }
  }

  /** Null when the answer is a clean 400 naming every wrong field; else what is wrong with it. */
  private static String faultRefusalProblem(Reply answer, List<String> wrong) {
    if (answer.status() != 400) {
      return "answered " + abbreviate(answer.toString());
    }
    String leak = LeakCheck.find(answer.body());
    if (leak != null) {
      return "leaks \"" + leak + "\"";
    }
    List<String> named = new ArrayList<>();
    answer.json().path("errors").forEach(e -> named.add(e.path("field").asText()));
    for (String field : wrong) {
      if (!named.contains("/" + field)) {
        return "does not name /" + field + " (names " + named + ")";
      }
    }
    return null;
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static void check(StubHttp http, FuzzRequest request, List<Finding> findings) {
    Reply answer;
    try {
      answer = http.send(request.method(), request.path(), request.headers(), request.body());
    } catch (RuntimeException e) {
      boolean hung = e.getCause() instanceof HttpTimeoutException;
      findings.add(
          new Finding(
              request,
              hung
                  ? "hung (no answer in " + StubHttp.CALL_TIMEOUT + ")"
                  : "no answer: " + e.getMessage()));
      return;
    }
    if (answer.status() < 400 || answer.status() >= 500) {
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
