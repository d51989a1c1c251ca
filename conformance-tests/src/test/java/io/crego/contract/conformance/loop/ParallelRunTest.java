package io.crego.contract.conformance.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crego.contract.conformance.cli.ConformanceRunner;
import io.crego.contract.conformance.config.Progress;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.report.RunSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * {@code --parallel} runs the groups that neither read the business date nor count what others make
 * beside the positive and lifecycle tests, and changes nothing a user reads: the same tests pass,
 * fail and are skipped as in a run one group at a time, the JUnit XML, the progress lines and the
 * HTML report list them in the same order. Each run has a fresh stub of its own; the stub's request
 * journal shows whether the groups really ran side by side.
 */
class ParallelRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code PASS name (5 ms) [...]}: a test's progress line. */
  private static final Pattern TEST_LINE =
      Pattern.compile("(PASS|FAIL|SKIP) {2}(.*) \\(\\d+ ms\\).*");

  @TempDir Path work;

  @Test
  void besideTheWalkTheVerdictAndTheOrderOfEveryReportAreThoseOfOneGroupAtATime() throws Exception {
    Run oneAtATime = run("one-at-a-time", false);
    Run parallel = run("parallel", true);

    assertTrue(oneAtATime.cases().size() > 500, "too few tests: " + oneAtATime.cases().size());
    assertEquals(oneAtATime.cases(), parallel.cases(), "the JUnit XML's cases, in order");
    assertEquals(oneAtATime.progress(), parallel.progress(), "the tests' progress lines, in order");
    assertEquals(oneAtATime.skippedSection(), parallel.skippedSection(), "the HTML report");

    assertFalse(
        oneAtATime.madeWhileTheAuthTestsRan(),
        "one group at a time, another group made data while the auth tests ran");
    assertTrue(
        parallel.madeWhileTheAuthTestsRan(),
        "with --parallel, nothing was made while the auth tests ran: the positive tests did not"
            + " run beside them");
  }

  /**
   * What a user reads of one run.
   *
   * @param cases the JUnit XML's test cases in file order: group, name and outcome
   * @param progress the tests' progress lines in the order printed: verdict and name
   * @param skippedSection the text of the HTML report's table of skipped tests
   * @param madeWhileTheAuthTestsRan whether the stub created something (a 201) while the auth tests
   *     ran: only tests beside them create anything then
   */
  private record Run(
      List<String> cases,
      List<String> progress,
      String skippedSection,
      boolean madeWhileTheAuthTestsRan) {}

  private Run run(String name, boolean parallel) throws Exception {
    Path reports = work.resolve(name);
    try (LoopTarget stub = LoopTarget.startWithJournal(50_000)) {
      SuiteConfig config =
          stub
              .aim(SuiteConfig.resolve(Map.of(), Map.of(), new Properties(), false), knownGaps())
              .toBuilder()
              .reportDir(reports)
              .progress(Progress.TESTS)
              .parallel(parallel)
              .build();
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      RunSummary summary =
          new ConformanceRunner(new PrintStream(log, true, StandardCharsets.UTF_8)).run(config);
      String output = log.toString(StandardCharsets.UTF_8);
      assertTrue(summary.succeeded(), name + " failed: " + summary.line() + "\n" + output);
      return new Run(
          cases(reports.resolve("TEST-junit-jupiter.xml")),
          progress(output),
          skippedSection(reports.resolve("conformance-report.html")),
          madeWhileTheAuthTestsRan(stub.baseUrl()));
    }
  }

  private static List<String> cases(Path junitXml) throws Exception {
    NodeList cases =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(junitXml.toFile())
            .getElementsByTagName("testcase");
    List<String> all = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      org.w3c.dom.Element testcase = (org.w3c.dom.Element) cases.item(i);
      String outcome = "passed";
      for (String tag : List.of("failure", "error", "skipped")) {
        if (testcase.getElementsByTagName(tag).getLength() > 0) {
          outcome = tag;
        }
      }
      all.add(
          testcase.getAttribute("classname")
              + " | "
              + testcase.getAttribute("name")
              + " | "
              + outcome);
    }
    return all;
  }

  private static List<String> progress(String output) {
    List<String> tests = new ArrayList<>();
    for (String line : output.lines().toList()) {
      Matcher test = TEST_LINE.matcher(line);
      if (test.matches()) {
        tests.add(test.group(1) + " " + test.group(2));
      }
    }
    return tests;
  }

  private static String skippedSection(Path html) throws Exception {
    Element heading = Jsoup.parse(Files.readString(html)).getElementById("skipped");
    assertTrue(heading != null, "no section of skipped tests in " + html);
    Element table = heading.nextElementSibling();
    return table == null ? "" : table.text();
  }

  /**
   * From the stub's request journal: whether the stub created something (a 201) between the auth
   * tests' first and last call with a bad token. One group at a time, nothing is made meanwhile.
   */
  private static boolean madeWhileTheAuthTestsRan(String baseUrl) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/requests")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    List<JsonNode> oldestFirst = new ArrayList<>();
    JSON.readTree(answer.body()).path("requests").forEach(entry -> oldestFirst.add(0, entry));
    int first = -1;
    int last = -1;
    for (int i = 0; i < oldestFirst.size(); i++) {
      String auth =
          oldestFirst.get(i).path("request").path("headers").path("Authorization").asText();
      if (auth.endsWith(".not-a-valid-signature")) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    assertTrue(first >= 0, "the journal holds no call with the auth tests' bad token");
    for (int i = first + 1; i < last; i++) {
      if (oldestFirst.get(i).path("response").path("status").asInt() == 201) {
        return true;
      }
    }
    return false;
  }

  private static Path knownGaps() throws Exception {
    return Path.of(ParallelRunTest.class.getResource("/stub-known-gaps.yaml").toURI());
  }
}
