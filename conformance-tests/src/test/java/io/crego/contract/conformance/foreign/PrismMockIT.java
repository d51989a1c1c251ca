package io.crego.contract.conformance.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.cli.ConformanceRunner;
import io.crego.contract.conformance.config.Credentials;
import io.crego.contract.conformance.config.Progress;
import io.crego.contract.conformance.config.Setting;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.config.TargetKind;
import io.crego.contract.conformance.report.RunSummary;
import io.crego.contract.conformance.report.TestOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The suite against an implementation that is not ours: Stoplight Prism's mock of the spec, which
 * answers every call with the spec's examples and keeps no state. A stateless mock deserves a
 * precise verdict, not noise: every answer it takes from the spec passes the schema checks, the
 * declared security is enforced, and every failure has a reason a mock earns (state not kept, a
 * canned page or answer, any token accepted); a failure of any other kind is a false alarm of the
 * suite and fails this test, listed.
 */
class PrismMockIT {

  /** What a stateless mock earns, by a phrase of the failure's reason. */
  private static final Map<String, String> DESERVED = new LinkedHashMap<>();

  static {
    DESERVED.put("state not kept", "state not kept");
    DESERVED.put(
        "[response.list.envelope.", "a canned page: the page asked for is not the one answered");
    DESERVED.put("errors[] does not name", "a canned error body naming other fields");
    DESERVED.put("expected 401 (no valid token)", "any bearer token accepted");
    DESERVED.put("does not carry what was sent", "a canned answer, ignoring what was sent");
    DESERVED.put("has no row for", "no lifecycle: a forbidden transition answered success");
    DESERVED.put(
        "the target answered success, but the", "a transition answered success, not applied");
    DESERVED.put("expected 404", "an id nobody made is found");
    // Login declares an optional Basic scheme; Prism answers a call carrying the run's bearer
    // token with the spec's 401 example, whatever the body
    DESERVED.put("got getToken POST /auth/login/ → 401", "Login's canned 401 for a bearer header");
    DESERVED.put("expected 409", "a unique value used twice is accepted");
  }

  private static final String MALFORMED_JSON = "malformed JSON";

  @Test
  void aStatelessMockGetsTheVerdictItDeserves() throws Exception {
    Assumptions.assumeTrue(
        PrismMock.nodeIsInstalled() || "true".equals(System.getenv("CI")),
        "Prism needs node and npm, which this machine lacks (apt-get install nodejs npm);"
            + " the check against a foreign implementation did not run");
    Path reports = Path.of("target", "prism-report");
    try (PrismMock prism = PrismMock.start()) {
      SuiteConfig config =
          SuiteConfig.resolve(
                  Map.of(Setting.TIMEOUT_SECONDS, "2"), Map.of(), new Properties(), false)
              .toBuilder()
              .baseUrl(prism.baseUrl())
              .credentials(Credentials.token("any-token-prism-accepts"))
              .targetKind(TargetKind.OTHER)
              .reportDir(reports)
              .progress(Progress.GROUPS)
              .build();
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      RunSummary summary =
          new ConformanceRunner(new PrintStream(log, true, StandardCharsets.UTF_8)).run(config);
      String output = log.toString(StandardCharsets.UTF_8);

      assertFalse(summary.succeeded(), "a stateless mock passed the suite:\n" + output);
      Map<String, String> falseAlarms = new TreeMap<>();
      Map<String, Integer> deserved = new TreeMap<>();
      List<String> schemaBreaks = new ArrayList<>();
      for (TestOutcome failure : summary.failures()) {
        String reason = String.valueOf(failure.reason());
        if (brokeTheSchema(reason) && !failure.name().contains(MALFORMED_JSON)) {
          schemaBreaks.add(failure.name() + ": " + firstLines(reason));
        }
        String kind = deservedKind(failure.name() + "\n" + reason);
        if (kind == null) {
          falseAlarms.put(failure.name(), firstLines(reason));
        } else {
          deserved.merge(kind, 1, Integer::sum);
        }
      }
      // Prism's answers are the spec's own examples: they pass the schema checks. Only a body
      // Prism cannot parse gets Prism's own error shape instead of the spec's.
      assertEquals(List.of(), schemaBreaks, "answers taken from the spec broke its schemas");
      assertEquals(Map.of(), falseAlarms, "failures a stateless mock does not deserve");
      assertTrue(
          deserved.getOrDefault("state not kept", 0) > 0,
          "no failure says plainly that the mock keeps no state: " + deserved);

      Map<String, String> outcomes = outcomes(reports.resolve("TEST-junit-jupiter.xml"));
      List<String> withoutToken =
          outcomes.keySet().stream()
              .filter(name -> name.contains("without a token → 401"))
              .filter(name -> !outcomes.get(name).equals("skipped"))
              .toList();
      assertTrue(withoutToken.size() > 50, "too few missing-token checks ran: " + withoutToken);
      assertEquals(
          List.of(),
          withoutToken.stream().filter(name -> !outcomes.get(name).equals("passed")).toList(),
          "Prism enforces the declared bearer security; these should have passed");
    }
  }

  private static boolean brokeTheSchema(String reason) {
    return reason.contains("[response.body.schema.")
        || reason.contains("[response.status.undeclared]")
        || reason.contains("[response.contentType]")
        || reason.contains("[response.body.malformed]");
  }

  private static String deservedKind(String text) {
    if (text.contains(MALFORMED_JSON)) {
      // Prism answers a body it cannot parse with its own error shape, or (for this spec) not
      // at all: the suite reports the time-out naming the operation and goes on
      return "Prism's own error shape, or no answer, for a body it cannot parse";
    }
    return DESERVED.entrySet().stream()
        .filter(e -> text.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private static String firstLines(String reason) {
    String[] lines = reason.split("\n");
    return String.join(" | ", List.of(lines).subList(0, Math.min(3, lines.length)));
  }

  /** Each test case of the JUnit XML by name: passed, failed or skipped. */
  private static Map<String, String> outcomes(Path junitXml) throws Exception {
    NodeList cases =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(junitXml.toFile())
            .getElementsByTagName("testcase");
    Map<String, String> outcomes = new TreeMap<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element testcase = (Element) cases.item(i);
      String outcome =
          testcase.getElementsByTagName("skipped").getLength() > 0
              ? "skipped"
              : testcase.getElementsByTagName("failure").getLength() > 0
                      || testcase.getElementsByTagName("error").getLength() > 0
                  ? "failed"
                  : "passed";
      outcomes.put(testcase.getAttribute("name"), outcome);
    }
    return outcomes;
  }
}
