package io.crego.contract.conformance.loop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.cli.ConformanceRunner;
import io.crego.contract.conformance.config.Progress;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.report.RunSummary;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The loop run of {@code mvn verify}: the whole suite against the in-process stub, or, with {@code
 * -Dcrego.baseUrl=… -Dcrego.token=…}, against that target. Any failure fails the build. Against the
 * stub, the known gaps are {@code stub-known-gaps.yaml}, unless {@code -Dcrego.knownGaps=FILE}
 * names another list (one with {@code gaps: []} shows every failure, and {@code
 * target/conformance-report/failed-tests.yaml} lists them).
 */
class LoopRunTest {

  @Test
  void theSuitePassesAgainstTheTarget() throws Exception {
    SuiteConfig config =
        SuiteConfig.resolve(Map.of(), System.getenv(), System.getProperties(), false).toBuilder()
            .progress(Progress.GROUPS)
            .build();
    RunSummary summary;
    if (config.baseUrl() != null) {
      summary = new ConformanceRunner(System.out).run(config);
    } else {
      try (LoopTarget stub = LoopTarget.start()) {
        Path gaps = config.knownGaps() != null ? config.knownGaps() : knownGaps();
        summary = new ConformanceRunner(System.out).run(stub.aim(config, gaps));
      }
    }
    assertTrue(
        summary.succeeded(),
        summary.line()
            + ": the target breaks the contract; see the failures above and "
            + summary.htmlReport());
  }

  private static Path knownGaps() throws URISyntaxException {
    return Path.of(LoopRunTest.class.getResource("/stub-known-gaps.yaml").toURI());
  }
}
