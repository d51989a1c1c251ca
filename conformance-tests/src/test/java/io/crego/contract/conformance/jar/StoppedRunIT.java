package io.crego.contract.conformance.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A CI time-out sends SIGTERM to the jar in the middle of a run: the report folder must still hold
 * the JUnit XML of the tests that ended (well formed, readable by Surefire's parser) and the HTML
 * report, with the token given on the command line nowhere in them.
 */
class StoppedRunIT {

  private static final Path REPORTS = Path.of("target", "stopped-run-report");
  private static final String TOKEN = "stopped-run-secret-token";

  /** {@code DONE <group> 72 passed, 0 failed, 2 skipped (…)}: a group that ended. */
  private static final Pattern GROUP_DONE =
      Pattern.compile("DONE (\\S+)\\s+(\\d+) passed, (\\d+) failed, (\\d+) skipped .*");

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void aRunStoppedWithSigtermLeavesTheReportsOfWhatRan() throws Exception {
    deleteReports();
    StubConfig config =
        StubConfig.defaults()
            .withHost("127.0.0.1")
            .withPort(0)
            .withSeed("none")
            .withDevToken(TOKEN)
            .withAccessLog(false);
    try (StubServer stub = StubServer.start(config)) {
      Process process =
          new ProcessBuilder(
                  SuiteJar.command(
                      List.of(
                          "--base-url",
                          stub.baseUrl(),
                          "--token",
                          TOKEN,
                          "--progress",
                          "groups",
                          "--report-dir",
                          REPORTS.toString())))
              .redirectErrorStream(true)
              .start();
      List<String> output = new ArrayList<>();
      long testsOfFirstGroup = -1;
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
        Matcher done = GROUP_DONE.matcher(line);
        if (done.matches()) {
          testsOfFirstGroup =
              Long.parseLong(done.group(2))
                  + Long.parseLong(done.group(3))
                  + Long.parseLong(done.group(4));
          // SIGTERM, as a CI time-out sends it; unlike Process.destroy() this keeps the output
          // readable, to see what the jar says while it stops
          process.toHandle().destroy();
          break;
        }
      }
      assertTrue(testsOfFirstGroup >= 0, "no group ended:\n" + String.join("\n", output));
      lines.lines().forEach(output::add);
      assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the jar did not stop on SIGTERM");
      String log = String.join("\n", output);
      assertEquals(143, process.exitValue(), "not stopped by SIGTERM (128 + 15):\n" + log);
      assertFalse(
          output.get(output.size() - 1).matches("\\d+ passed, \\d+ failed, \\d+ skipped"),
          "the run got to its end before it was stopped:\n" + log);
      assertTrue(log.contains("stopped before the end"), log);

      Path xml = REPORTS.resolve("TEST-junit-jupiter.xml");
      assertTrue(Files.exists(xml), "no JUnit XML after SIGTERM:\n" + log);
      String text = Files.readString(xml);
      assertTrue(text.contains("stopped before the end"), "the XML does not say it is partial");
      List<ReportTestSuite> suites =
          new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
      long tests = suites.stream().mapToLong(ReportTestSuite::getNumberOfTests).sum();
      assertTrue(
          tests >= testsOfFirstGroup && tests > 0,
          tests + " tests in the XML, the first group alone had " + testsOfFirstGroup);
      Path html = REPORTS.resolve("conformance-report.html");
      assertTrue(Files.exists(html), "no HTML report after SIGTERM:\n" + log);
      assertTrue(Files.readString(html).contains("passed"), "the HTML report has no summary");
      try (Stream<Path> files = Files.list(REPORTS)) {
        for (Path file : files.toList()) {
          assertFalse(Files.readString(file).contains(TOKEN), "the token is in " + file);
        }
      }
    }
  }

  private static void deleteReports() throws Exception {
    if (Files.isDirectory(REPORTS)) {
      try (Stream<Path> files = Files.list(REPORTS)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
