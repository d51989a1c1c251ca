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
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress lines of a run against the stub end with how far it got: {@code [n/total groups, N
 * tests, ~T left]}, total being the groups the selection holds, N counting up to the summary's
 * total, the estimate once a group has ended.
 */
class ProgressPrinterTest {

  /** {@code PASS name (5 ms) [0/2 groups, 1 tests, estimating…]}. */
  private static final Pattern TEST_LINE =
      Pattern.compile(
          "(PASS|FAIL|SKIP) {2}.* \\(\\d+ ms\\) \\[(\\d+)/(\\d+) groups, (\\d+) tests(.*)]");

  /**
   * {@code DONE group 12 passed, 0 failed, 0 skipped (40 ms) [1/2 groups, 12 tests, ~1 s left]}.
   */
  private static final Pattern GROUP_LINE =
      Pattern.compile("DONE .* \\(\\d+ ms\\) \\[(\\d+)/(\\d+) groups, (\\d+) tests(.*)]");

  private static final Pattern SUMMARY =
      Pattern.compile("(\\d+) passed, (\\d+) failed, (\\d+) skipped");

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
  void eachTestLineSaysHowManyGroupsAndTestsEndedAndTheTimeLeft() {
    List<String> lines = run("tests");
    long total = summaryTotal(lines);
    assertTrue(total >= 4, "too few tests ran:\n" + String.join("\n", lines));
    long expectedTests = 0;
    boolean groupEnded = false;
    boolean estimating = false;
    for (String line : lines) {
      Matcher test = TEST_LINE.matcher(line);
      if (!test.matches()) {
        continue;
      }
      expectedTests++;
      int ended = Integer.parseInt(test.group(2));
      // two groups with tests: the tokens refused, and the unique values used twice
      assertEquals(2, Integer.parseInt(test.group(3)), line);
      assertEquals(expectedTests, Long.parseLong(test.group(4)), "tests ended so far: " + line);
      if (ended == 0) {
        estimating = true;
        assertEquals(", estimating…", test.group(5), line);
      } else {
        groupEnded = true;
        assertTrue(test.group(5).matches(", ~\\d+ (s|min) left|"), line);
      }
    }
    assertEquals(total, expectedTests, "a line for each test:\n" + String.join("\n", lines));
    assertTrue(estimating, "no test ran in the first group:\n" + String.join("\n", lines));
    assertTrue(groupEnded, "no test ran after the first group:\n" + String.join("\n", lines));
  }

  @Test
  void eachGroupLineCountsTheGroupsUpToTheTotal() {
    List<String> lines = run("groups");
    int groups = 0;
    long tests = -1;
    for (String line : lines) {
      Matcher group = GROUP_LINE.matcher(line);
      if (group.matches()) {
        groups++;
        assertEquals(groups, Integer.parseInt(group.group(1)), line);
        assertEquals(2, Integer.parseInt(group.group(2)), line);
        tests = Long.parseLong(group.group(3));
        String left = group.group(4);
        assertTrue(
            groups < 2 ? left.matches(", ~\\d+ (s|min) left") : left.isEmpty(),
            "the estimate on " + line);
      }
    }
    assertEquals(2, groups, String.join("\n", lines));
    assertEquals(summaryTotal(lines), tests, String.join("\n", lines));
    assertFalse(lines.stream().anyMatch(line -> line.startsWith("PASS")), "a line per test");
  }

  @Test
  void inAWholeRunTheGroupsEndedNeverGoBackAndReachTheTotal() {
    // every group, the lifecycle walk's containers made as it runs among them: those are not
    // groups of the plan, and an empty one of them once took a group off the count of those ended
    List<String> lines = run("groups", false);
    int ended = 0;
    int total = -1;
    for (String line : lines) {
      Matcher group = GROUP_LINE.matcher(line);
      if (group.matches()) {
        int now = Integer.parseInt(group.group(1));
        assertTrue(now > ended, "the groups ended went from " + ended + " to: " + line);
        ended = now;
        total = Integer.parseInt(group.group(2));
      }
    }
    assertEquals(total, ended, String.join("\n", lines));
  }

  private List<String> run(String progress) {
    return run(progress, true);
  }

  private List<String> run(String progress, boolean twoGroups) {
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    flags.put(Setting.BASE_URL, stub.baseUrl());
    flags.put(Setting.USERNAME, "admin");
    flags.put(Setting.PASSWORD, "admin");
    if (twoGroups) {
      flags.put(Setting.INCLUDE_TAGS, "auth,duplicates");
      // two groups with tests: the tokens refused, and a unique value used twice; the group of
      // optional tokens is empty (no operation has one) and leaves the count
      flags.put(Setting.OPERATIONS, "ping,getRecord,listRecords,createRecord");
    }
    flags.put(Setting.REPORT_DIR, dir.resolve(progress + (twoGroups ? "" : "-all")).toString());
    flags.put(Setting.PROGRESS, progress);
    SuiteConfig config = SuiteConfig.resolve(flags, Map.of(), new Properties(), true);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    new ConformanceRunner(new PrintStream(log, true, StandardCharsets.UTF_8)).run(config);
    return log.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static long summaryTotal(List<String> lines) {
    Matcher summary = SUMMARY.matcher(lines.get(lines.size() - 1).strip());
    assertTrue(summary.matches(), "no summary line:\n" + String.join("\n", lines));
    return Long.parseLong(summary.group(1))
        + Long.parseLong(summary.group(2))
        + Long.parseLong(summary.group(3));
  }
}
