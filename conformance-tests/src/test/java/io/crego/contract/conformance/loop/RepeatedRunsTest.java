package io.crego.contract.conformance.loop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.cli.ConformanceRunner;
import io.crego.contract.conformance.config.Progress;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.report.RunSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The suite is a CI gate for targets that keep their state: run after run against one target, or
 * two runs at once as two users of one target, it must give the same verdict and pass the same
 * tests. Each run's passed tests are read from the JUnit XML it wrote, as a CI server reads them.
 */
class RepeatedRunsTest {

  private static final String ALICE = "alice:alice-secret";
  private static final String BOB = "bob:bob-secret";
  private static final String OTHER = LoopTarget.OTHER_USER;

  @TempDir Path work;

  @Test
  void threeRunsAgainstOneStubWithoutAResetPassTheSameTests() throws Exception {
    Path data = work.resolve("stub-data");
    List<Set<String>> passed = new ArrayList<>();
    try (LoopTarget stub = LoopTarget.start(data, ALICE, OTHER)) {
      passed.add(run(stub, "run-1", ALICE));
      passed.add(run(stub, "run-2", ALICE));
    }
    // the same state, kept by --data-dir across a restart
    try (LoopTarget restarted = LoopTarget.start(data, ALICE, OTHER)) {
      passed.add(run(restarted, "run-3-after-restart", ALICE));
    }
    assertTrue(passed.get(0).size() > 500, "too few tests passed: " + passed.get(0).size());
    assertSame(passed.get(0), passed.get(1), "the second run");
    assertSame(passed.get(0), passed.get(2), "the run after a restart");
  }

  @Test
  void twoRunsAtOnceAsTwoUsersOfOneStubPassTheSameTests() throws Exception {
    try (LoopTarget stub = LoopTarget.start(null, ALICE, BOB, OTHER)) {
      CompletableFuture<Set<String>> alice =
          CompletableFuture.supplyAsync(() -> runUnchecked(stub, "alice", ALICE));
      CompletableFuture<Set<String>> bob =
          CompletableFuture.supplyAsync(() -> runUnchecked(stub, "bob", BOB));
      Set<String> alicePassed = alice.get(10, TimeUnit.MINUTES);
      Set<String> bobPassed = bob.get(10, TimeUnit.MINUTES);
      assertTrue(alicePassed.size() > 500, "too few tests passed: " + alicePassed.size());
      assertSame(alicePassed, bobPassed, "bob's run");
    }
  }

  /** Equal sets, or a failure naming what only one of them holds. */
  static void assertSame(Set<String> first, Set<String> other, String which) {
    Set<String> onlyFirst = new TreeSet<>(first);
    onlyFirst.removeAll(other);
    Set<String> onlyOther = new TreeSet<>(other);
    onlyOther.removeAll(first);
    assertTrue(
        onlyFirst.isEmpty() && onlyOther.isEmpty(),
        which
            + " passed other tests than the first; only the first passed "
            + onlyFirst
            + ", only "
            + which
            + " passed "
            + onlyOther);
  }

  private Set<String> runUnchecked(LoopTarget stub, String name, String user) {
    try {
      return run(stub, name, user);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** One whole run as {@code user}; it must succeed. Returns the names of the tests it passed. */
  private Set<String> run(LoopTarget stub, String name, String user) throws Exception {
    Path reports = work.resolve(name);
    SuiteConfig config =
        stub
            .aim(
                SuiteConfig.resolve(Map.of(), Map.of(), new Properties(), false),
                knownGaps(),
                user,
                OTHER)
            .toBuilder()
            .reportDir(reports)
            .progress(Progress.GROUPS)
            .build();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    RunSummary summary =
        new ConformanceRunner(new PrintStream(log, true, StandardCharsets.UTF_8)).run(config);
    String output = log.toString(StandardCharsets.UTF_8);
    assertTrue(summary.succeeded(), name + " failed: " + summary.line() + "\n" + output);
    return passedTests(reports.resolve("TEST-junit-jupiter.xml"));
  }

  private static Path knownGaps() throws Exception {
    return Path.of(RepeatedRunsTest.class.getResource("/stub-known-gaps.yaml").toURI());
  }

  /** The test cases of a JUnit XML report with neither a failure, an error nor a skip. */
  static Set<String> passedTests(Path junitXml) throws Exception {
    assertTrue(Files.isRegularFile(junitXml), "no JUnit XML at " + junitXml);
    NodeList cases =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(junitXml.toFile())
            .getElementsByTagName("testcase");
    Set<String> passed = new TreeSet<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element testcase = (Element) cases.item(i);
      boolean ended =
          testcase.getElementsByTagName("failure").getLength() == 0
              && testcase.getElementsByTagName("error").getLength() == 0
              && testcase.getElementsByTagName("skipped").getLength() == 0;
      if (ended) {
        passed.add(testcase.getAttribute("classname") + " " + testcase.getAttribute("name"));
      }
    }
    return passed;
  }
}
