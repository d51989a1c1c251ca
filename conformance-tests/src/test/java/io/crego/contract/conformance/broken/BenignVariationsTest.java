package io.crego.contract.conformance.broken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.cli.ConformanceRunner;
import io.crego.contract.conformance.report.RunSummary;
import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves the suite does not cry wolf: the real stub behind a proxy that answers in a way the
 * contract allows but the stub never does (a charset parameter, other key order, pretty-printed,
 * chunked, compressed, whole amounts as decimals) must pass the same runs as {@link
 * BrokenTargetTest}, and the proxy must have changed answers (or the variation proved nothing).
 */
class BenignVariationsTest {

  private static StubServer stub;

  @BeforeAll
  static void startStub() {
    stub =
        StubServer.start(
            StubConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withSeed("none")
                .withUsers(BrokenTargetTest.USER + ":" + BrokenTargetTest.PASSWORD)
                .withAccessLog(false));
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @ParameterizedTest
  @EnumSource(value = Variation.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void theSuitePassesThroughEachAllowedVariation(Variation variation) throws Exception {
    Path reports = Path.of("target", "benign-variation", variation.name().toLowerCase());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    RunSummary summary;
    int applied;
    try (BreakingProxy proxy = new BreakingProxy(stub.baseUrl(), variation)) {
      summary =
          new ConformanceRunner(new PrintStream(log, true, StandardCharsets.UTF_8))
              .run(BrokenTargetTest.config(proxy.baseUrl(), reports));
      applied = proxy.applied();
    }
    String output = log.toString(StandardCharsets.UTF_8);
    Files.writeString(reports.resolve("run.log"), output);
    assertTrue(applied > 0, variation + ": the proxy never varied an answer:\n" + output);
    assertEquals(0, summary.failed(), variation + " is allowed, but the suite failed:\n" + output);
    assertTrue(summary.passed() > 20, "too few tests ran:\n" + output);
  }
}
