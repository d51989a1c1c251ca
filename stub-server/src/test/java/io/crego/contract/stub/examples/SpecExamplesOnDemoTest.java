package io.crego.contract.stub.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.core.ResponseCheck;
import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Project issue 15: a developer who opens the API explorer on a fresh demo stub and presses "Try it
 * out" then "Execute" on any operation, without typing anything, gets that operation's documented
 * success. Every operation's request is built from the spec's examples as the explorer pre-fills it
 * ({@link TryItOutRequests}), so an example added to the spec is covered here too. "Once in any
 * order": all of them are sent, each once, in spec order and in a shuffled order, each on a fresh
 * stub, and sent again after {@code POST /__admin/crego/reset}.
 */
class SpecExamplesOnDemoTest {

  /** The shuffle's seed; {@code -Dcrego.examples.shuffle=N} tries another order. */
  private static final long SHUFFLE_SEED = Long.getLong("crego.examples.shuffle", 15L);

  private final TryItOutRequests examples = TryItOutRequests.of(CregoSpec.get());

  @Test
  void theExplorerCanPrefillEveryOperation() {
    assertEquals(
        List.of(), examples.defects(), "the explorer would leave these for the developer to find");
    assertEquals(CregoSpec.get().operations().size(), examples.requests().size());
  }

  @Test
  void everyExampleSucceedsInSpecOrderAndAgainAfterAReset() {
    sendEveryExampleTwice(examples.requests(), "in spec order");
  }

  @Test
  void everyExampleSucceedsInAShuffledOrderAndAgainAfterAReset() {
    List<TryItOutRequest> shuffled = new ArrayList<>(examples.requests());
    Collections.shuffle(shuffled, new Random(SHUFFLE_SEED));
    sendEveryExampleTwice(shuffled, "shuffled with seed " + SHUFFLE_SEED);
  }

  private void sendEveryExampleTwice(List<TryItOutRequest> order, String orderName) {
    assertTrue(order.size() > 0, "the spec gave no request to send");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
    try (StubServer stub = StubServer.start(freshDemoStub(), logStream, logStream)) {
      StubHttp http = StubHttp.to(stub);
      List<String> failures = new ArrayList<>(sendAll(http, order, "fresh stub"));
      Reply reset = http.call("POST", "/__admin/crego/reset").send();
      assertEquals(200, reset.status(), "reset: " + reset.body());
      failures.addAll(sendAll(http, order, "after reset"));
      assertTrue(
          failures.isEmpty(),
          () ->
              failures.size()
                  + " of "
                  + (2 * order.size())
                  + " example calls ("
                  + orderName
                  + ") did not answer their documented success:\n  "
                  + String.join("\n  ", failures));
    }
  }

  /** What the README's quick start runs: demo data, the dev token; plus a free loopback port. */
  private static StubConfig freshDemoStub() {
    return StubConfig.defaults()
        .withPort(0)
        .withHost("127.0.0.1")
        .withSeed("demo")
        .withResponseCheck(ResponseCheck.ENFORCE);
  }

  private static List<String> sendAll(StubHttp http, List<TryItOutRequest> order, String when) {
    List<String> failures = new ArrayList<>();
    for (TryItOutRequest request : order) {
      Reply answer = send(http, request);
      if (answer.status() != request.successStatus()) {
        failures.add(
            when
                + ": "
                + request
                + " → "
                + answer.status()
                + " (expected "
                + request.successStatus()
                + "): "
                + answer.body());
      }
    }
    return failures;
  }

  /** The request as the explorer sends it: its JSON body if any, the dev token if it needs one. */
  private static Reply send(StubHttp http, TryItOutRequest request) {
    StubHttp.Call call = http.call(request.method(), request.target());
    if (request.body() != null) {
      call.json(request.body());
    }
    if (request.authorised()) {
      call.devToken();
    }
    return call.send();
  }
}
