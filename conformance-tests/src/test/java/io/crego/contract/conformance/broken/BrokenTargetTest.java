package io.crego.contract.conformance.broken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.cli.ConformanceRunner;
import io.crego.contract.conformance.config.Credentials;
import io.crego.contract.conformance.config.Progress;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.config.TargetKind;
import io.crego.contract.conformance.report.RunSummary;
import io.crego.contract.conformance.report.TestOutcome;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves the suite can fail: against the real stub behind a proxy that breaks one rule of the
 * contract at a time, the way real backends break it, the suite must report failures that name the
 * broken rule; against the same stub unbroken, it must pass. The runs test the Records group (the
 * part with real state) and the Auth group, as a target that is not the stub (no Run EOD).
 */
class BrokenTargetTest {

  /** The operations the runs test: Records with their lifecycle, and the Auth group. */
  static final Set<String> OPERATIONS =
      Set.of(
          OperationIds.GET_TOKEN,
          OperationIds.PING,
          OperationIds.CREATE_RECORD,
          OperationIds.GET_RECORD,
          OperationIds.LIST_RECORDS,
          OperationIds.REQUEST_RECORD_APPROVAL,
          OperationIds.MARK_RECORD_PROCESSED);

  static final String USER = "admin";
  static final String PASSWORD = "admin";

  /** The per-request time-out of the runs; the slow endpoint takes twice as long. */
  static final int TIMEOUT_SECONDS = 2;

  private static StubServer stub;

  @BeforeAll
  static void startStub() {
    stub =
        StubServer.start(
            StubConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withSeed("none")
                .withUsers(USER + ":" + PASSWORD)
                .withAccessLog(false));
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @ParameterizedTest
  @EnumSource(Breakage.class)
  void theSuiteCatchesEachKindOfBreakage(Breakage breakage) throws Exception {
    Path reports = Path.of("target", "broken-target", breakage.name().toLowerCase());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    RunSummary summary;
    int applied;
    try (BreakingProxy proxy =
        new BreakingProxy(
            stub.baseUrl(),
            breakage,
            Variation.NONE,
            StubConfig.DEFAULT_DEV_TOKEN,
            TIMEOUT_SECONDS * 2000L)) {
      summary =
          new ConformanceRunner(new PrintStream(log, true, StandardCharsets.UTF_8))
              .run(config(proxy.baseUrl(), reports));
      applied = proxy.applied();
    }
    String output = log.toString(StandardCharsets.UTF_8);
    Files.writeString(reports.resolve("run.log"), output);
    if (breakage == Breakage.NONE) {
      assertEquals(0, summary.failed(), "the unbroken target must pass:\n" + output);
      assertTrue(summary.passed() > 20, "too few tests ran:\n" + output);
      return;
    }
    assertTrue(applied > 0, breakage + ": the proxy never got to break anything:\n" + output);
    assertTrue(summary.failed() > 0, breakage + " went unnoticed:\n" + output);
    String reasons =
        summary.failures().stream().map(TestOutcome::reason).collect(Collectors.joining("\n"));
    assertTrue(
        reasons.contains(breakage.caughtBy()),
        breakage
            + " made tests fail, but none for the reason "
            + breakage.caughtBy()
            + ":\n"
            + reasons);
  }

  static SuiteConfig config(String baseUrl, Path reports) {
    Properties settings = new Properties();
    settings.setProperty("crego.timeoutSeconds", String.valueOf(TIMEOUT_SECONDS));
    return SuiteConfig.resolve(Map.of(), Map.of(), settings, false).toBuilder()
        .baseUrl(baseUrl)
        .credentials(Credentials.login(USER, PASSWORD))
        .targetKind(TargetKind.OTHER)
        .operations(OPERATIONS)
        .reportDir(reports)
        .progress(Progress.GROUPS)
        .build();
  }

  static String baseUrl() {
    return stub.baseUrl();
  }
}
