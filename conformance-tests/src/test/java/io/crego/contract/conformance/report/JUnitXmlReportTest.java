package io.crego.contract.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.cli.ConformanceRunner;
import io.crego.contract.conformance.config.Setting;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The JUnit XML as CI tools read it, judged by Maven Surefire's own report parser: its counts are
 * the console summary's (failures and known gaps included), each test case is named by what it
 * checks, uniquely in its group, and the same check has the same name whatever the filters.
 *
 * <p>The runs aim the suite at the stub with a collection bank the stub does not have, so every
 * Mark Processed fails (real failures, not staged ones), and one of those failures is listed as a
 * known gap, so it must be counted as skipped.
 */
class JUnitXmlReportTest {

  private static final String OPERATIONS =
      "ping,createRecord,getRecord,listRecords,requestRecordApproval,markRecordProcessed";
  private static final String UNKNOWN_BANK = "11111111-2222-4333-8444-555555555555";
  private static final Pattern SUMMARY =
      Pattern.compile("(\\d+) passed, (\\d+) failed, (\\d+) skipped");
  private static final Pattern INDEX_SUFFIX = Pattern.compile("\\[\\d+]\\s*$");

  private static StubServer stub;

  @TempDir Path dir;

  @BeforeAll
  static void startStub() {
    stub =
        StubServer.start(
            StubConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withSeed("none")
                .withUsers("admin:admin")
                .withAccessLog(false));
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @Test
  void theXmlCountsAsTheSummaryAndNamesEachTestByWhatItChecks() throws Exception {
    Path gaps = dir.resolve("gaps.yaml");
    Files.writeString(
        gaps,
        "gaps:\n  - test: \"positive markRecordProcessed*\"\n"
            + "    reason: the run names a bank the target does not have\n");
    Run all =
        run("all", Map.of(Setting.OPERATIONS, OPERATIONS, Setting.KNOWN_GAPS, gaps.toString()));

    assertTrue(all.failed > 0, "the run was meant to have failures:\n" + all.output);
    assertTrue(all.output.contains("Known gaps still failing: 1 tests"), all.output);
    assertCountsMatch(all);
    assertNamesAreReadableAndUnique(all);
    ReportTestCase gap =
        all.cases().stream()
            .filter(c -> c.getName().equals("positive markRecordProcessed → 200"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no case for the known gap in\n" + all.names()));
    assertTrue(gap.hasSkipped(), "the known gap is not skipped: " + gap);
    assertTrue(
        all.cases().stream()
            .anyMatch(
                c ->
                    c.hasFailure()
                        && !c.hasSkipped()
                        && c.getFailureDetail() != null
                        && c.getFailureDetail().contains("No bank " + UNKNOWN_BANK)),
        "no failure carries the target's answer");
    String xml = Files.readString(all.xml);
    assertFalse(xml.contains("<properties"), "the XML copies properties:\n" + xml);
    assertFalse(xml.contains("(SuiteRun)"), xml);

    Run auth =
        run("auth", Map.of(Setting.OPERATIONS, "ping,getRecord", Setting.INCLUDE_TAGS, "auth"));
    assertCountsMatch(auth);
    assertNamesAreReadableAndUnique(auth);
    Set<String> named = auth.names();
    assertTrue(
        named.contains(
            "AuthTests.protectedOperationsRefuseMissingAndBadTokens"
                + " › auth getRecord with a bad token → 401"),
        "the case is not named by what it checks: " + named);
    Set<String> notInFullRun = new HashSet<>(named);
    notInFullRun.removeAll(all.names());
    assertTrue(
        notInFullRun.isEmpty(),
        "these checks have another name in the wider run: "
            + notInFullRun
            + "\nthe wider run has: "
            + all.names());
  }

  private static void assertCountsMatch(Run run) throws Exception {
    List<ReportTestSuite> suites =
        new TestSuiteXmlParser(new NullConsoleLogger()).parse(run.xml.toString());
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    for (ReportTestSuite suite : suites) {
      tests += suite.getNumberOfTests();
      failures += suite.getNumberOfFailures();
      errors += suite.getNumberOfErrors();
      skipped += suite.getNumberOfSkipped();
    }
    String counted =
        (tests - failures - errors - skipped)
            + " passed, "
            + (failures + errors)
            + " failed, "
            + skipped
            + " skipped";
    assertEquals(run.summaryLine, counted, run.name + ": Surefire counts the XML differently");
    // the totals the XML states must agree too (some CI tools read only those)
    Element root =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(run.xml.toFile())
            .getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals(String.valueOf(tests), root.getAttribute("tests"), run.name);
    assertEquals(String.valueOf(failures), root.getAttribute("failures"), run.name);
    assertEquals(String.valueOf(errors), root.getAttribute("errors"), run.name);
    assertEquals(String.valueOf(skipped), root.getAttribute("skipped"), run.name);
  }

  private static void assertNamesAreReadableAndUnique(Run run) {
    Set<String> seen = new HashSet<>();
    for (ReportTestCase test : run.cases()) {
      String name = test.getName();
      assertFalse(INDEX_SUFFIX.matcher(name).find(), run.name + ": an index suffix: " + name);
      assertFalse(name.contains("(SuiteRun)"), run.name + ": a factory's signature: " + name);
      assertFalse(name.isBlank(), run.name + ": a case without a name");
      assertFalse(test.getFullClassName().contains("(SuiteRun)"), test.getFullClassName());
      assertTrue(
          seen.add(test.getFullClassName() + " › " + name),
          run.name + ": two cases named " + name + " in " + test.getFullClassName());
    }
  }

  private Run run(String name, Map<Setting, String> selection) throws Exception {
    Path reports = dir.resolve(name);
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    flags.putAll(selection);
    flags.put(Setting.BASE_URL, stub.baseUrl());
    flags.put(Setting.USERNAME, "admin");
    flags.put(Setting.PASSWORD, "admin");
    flags.put(Setting.COLLECTION_BANK_ID, UNKNOWN_BANK);
    flags.put(Setting.REPORT_DIR, reports.toString());
    flags.put(Setting.PROGRESS, "groups");
    SuiteConfig config = SuiteConfig.resolve(flags, Map.of(), new Properties(), true);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    new ConformanceRunner(new PrintStream(log, true, StandardCharsets.UTF_8)).run(config);
    String output = log.toString(StandardCharsets.UTF_8);
    String[] lines = output.strip().split("\n");
    String last = lines[lines.length - 1].strip();
    Matcher summary = SUMMARY.matcher(last);
    assertTrue(summary.matches(), "the run did not end with its summary line:\n" + output);
    Path xml = reports.resolve(JUnitXmlReport.FILE_NAME);
    assertTrue(Files.exists(xml), "no " + xml);
    List<ReportTestCase> cases = new ArrayList<>();
    for (ReportTestSuite suite :
        new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString())) {
      cases.addAll(suite.getTestCases());
    }
    return new Run(name, output, last, Long.parseLong(summary.group(2)), xml, cases);
  }

  private record Run(
      String name,
      String output,
      String summaryLine,
      long failed,
      Path xml,
      List<ReportTestCase> cases) {

    /** Each case as {@code classname › name}. */
    Set<String> names() {
      Set<String> names = new HashSet<>();
      cases.forEach(c -> names.add(c.getFullClassName() + " › " + c.getName()));
      return names;
    }
  }
}
