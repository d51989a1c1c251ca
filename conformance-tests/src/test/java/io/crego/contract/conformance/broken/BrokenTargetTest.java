package io.crego.contract.conformance.broken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.cli.ConformanceRunner;
import io.crego.contract.conformance.config.Credentials;
import io.crego.contract.conformance.config.Progress;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.config.TargetKind;
import io.crego.contract.conformance.fake.FakeLms;
import io.crego.contract.conformance.report.RunSummary;
import io.crego.contract.conformance.report.TestOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves the suite can fail: against a correct target behind a proxy that breaks one rule of the
 * contract at a time, the suite must report failures that name the broken rule; against the same
 * target unbroken, it must pass. The target is the Records group (the part with real state).
 */
class BrokenTargetTest {

  /** The operations the runs test: Records with their lifecycle, and the Auth group. */
  private static final Set<String> OPERATIONS =
      Set.of(
          "getToken",
          "ping",
          "createRecord",
          "getRecord",
          "listRecords",
          "requestRecordApproval",
          "markRecordProcessed");

  @ParameterizedTest
  @EnumSource(Breakage.class)
  void theSuiteCatchesEachKindOfBreakage(Breakage breakage) throws Exception {
    Path reports = Path.of("target", "broken-target", breakage.name().toLowerCase());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    RunSummary summary;
    try (FakeLms target = FakeLms.start();
        BreakingProxy proxy = new BreakingProxy(target.baseUrl(), breakage, FakeLms.TOKEN)) {
      summary =
          new ConformanceRunner(new PrintStream(log, true, StandardCharsets.UTF_8))
              .run(config(proxy.baseUrl(), reports));
    }
    String output = log.toString(StandardCharsets.UTF_8);
    java.nio.file.Files.writeString(reports.resolve("run.log"), output);
    if (breakage == Breakage.NONE) {
      assertEquals(0, summary.failed(), "the unbroken target must pass:\n" + output);
      assertTrue(summary.passed() > 20, "too few tests ran:\n" + output);
      return;
    }
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

  private static SuiteConfig config(String baseUrl, Path reports) {
    Properties none = new Properties();
    return SuiteConfig.resolve(Map.of(), Map.of(), none, false)
        .withTarget(
            baseUrl,
            Credentials.login(FakeLms.USER, FakeLms.PASSWORD),
            Credentials.none(),
            TargetKind.OTHER)
        .withSelection(Set.of(), Set.of(), OPERATIONS)
        .withReportDir(reports)
        .withKnownGaps(resource("/fake-known-gaps.yaml"))
        .withProgress(Progress.GROUPS);
  }

  private static Path resource(String name) {
    try {
      return Path.of(BrokenTargetTest.class.getResource(name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
