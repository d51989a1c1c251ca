package io.crego.contract.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a target answers ends up in failure messages: a NUL byte or a control character must not
 * make the XML unreadable, and a secret in a message must not reach the file.
 */
class JUnitXmlFileTest {

  @TempDir Path dir;

  @Test
  void controlCharactersAndSecretsNeverReachTheFile() throws Exception {
    Path xml = dir.resolve("TEST-junit-jupiter.xml");
    JUnitXmlFile file = new JUnitXmlFile(xml, text -> text.replace("tok-123", "[redacted]"));
    JUnitCase failed =
        new JUnitCase(
            "validation getRecord id %00 → 400",
            0.25,
            JUnitCase.Verdict.FAILURE,
            "expected 400, got 500 \u0000\u001b[0m",
            "org.opentest4j.AssertionFailedError",
            "expected 400, got 500\n  body: {\"echo\": \"\u0000\", \"auth\": \"Bearer tok-123\"} -- ]]>");
    JUnitCase skipped =
        new JUnitCase("a known gap", 0, JUnitCase.Verdict.SKIPPED, "known gap: x", "", "");
    file.write(
        "crego-conformance",
        LocalDateTime.of(2026, 1, 2, 3, 4, 0),
        1.5,
        List.of(new JUnitSuite("Group.factory", LocalDateTime.now(), List.of(failed, skipped))),
        "stopped -- partial");

    String text = Files.readString(xml);
    assertFalse(text.contains("tok-123"), text);
    assertFalse(text.contains("\u0000"), text);
    assertTrue(text.contains("timestamp=\"2026-01-02T03:04:00\""), text);
    List<ReportTestSuite> suites =
        new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
    assertEquals(1, suites.size());
    ReportTestSuite suite = suites.get(0);
    assertEquals("Group.factory", suite.getFullClassName());
    assertEquals(2, suite.getNumberOfTests());
    assertEquals(1, suite.getNumberOfFailures());
    assertEquals(1, suite.getNumberOfSkipped());
    ReportTestCase first = suite.getTestCases().get(0);
    assertEquals("validation getRecord id %00 → 400", first.getName());
    assertEquals("org.opentest4j.AssertionFailedError", first.getFailureType());
    assertTrue(first.getFailureDetail().contains("\\u0000"), first.getFailureDetail());
    assertTrue(first.getFailureDetail().contains("[redacted]"), first.getFailureDetail());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(xml), files.toList(), "the temporary file is left behind");
    }
  }
}
