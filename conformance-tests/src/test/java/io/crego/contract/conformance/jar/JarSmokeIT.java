package io.crego.contract.conformance.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar target/crego-conformance.jar} as a CI pipeline or a QA engineer runs it: against
 * a stub on a port, settings from flags and the environment, the token never printed, the exit code
 * and the last line as documented.
 */
class JarSmokeIT {

  private static final String TOKEN = "smoke-secret-token";

  @Test
  void theJarChecksATargetAndEndsWithTheSummaryLine() throws Exception {
    StubConfig config =
        StubConfig.defaults()
            .withHost("127.0.0.1")
            .withPort(0)
            .withSeed("none")
            .withDevToken(TOKEN)
            .withAccessLog(false);
    try (StubServer stub = StubServer.start(config)) {
      Result result =
          run(
              List.of(
                  "--base-url", stub.baseUrl(),
                  "--include-tags", "auth",
                  "--operations", "ping,getRecord,listRecords",
                  "--report-dir", "target/jar-smoke-report"),
              TOKEN);
      assertEquals(0, result.exit, result.output);
      assertTrue(
          result.lastLine().matches("\\d+ passed, 0 failed, \\d+ skipped"), result.lastLine());
      assertFalse(result.output.contains(TOKEN), "the token was printed:\n" + result.output);
      assertTrue(Files.exists(Path.of("target/jar-smoke-report/conformance-report.html")));
      assertTrue(Files.exists(Path.of("target/jar-smoke-report/TEST-junit-jupiter.xml")));
    }
  }

  @Test
  void missingSettingsExitWithTwo() throws Exception {
    Result result = run(List.of("--report-dir", "target/jar-smoke-report"), null);
    assertEquals(2, result.exit, result.output);
    assertTrue(result.output.contains("no base URL"), result.output);
  }

  private static Result run(List<String> args, String token)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(SuiteJar.command(args)).redirectErrorStream(true);
    builder.environment().remove("CREGO_BASE_URL");
    if (token != null) {
      builder.environment().put("CREGO_TOKEN", token);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the jar did not finish");
    return new Result(process.exitValue(), output);
  }

  private record Result(int exit, String output) {
    String lastLine() {
      String[] lines = output.strip().split("\n");
      return lines[lines.length - 1].strip();
    }
  }
}
