package io.crego.contract.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.OperationIds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The options made from the settings parse as their help says: a switch alone means true, an
 * optional value may be left out, a value is taken as given. Seen through {@code --dry-run}, which
 * prints the resolved settings and sends nothing.
 */
class ConformanceMainOptionsTest {

  private static String dryRun(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, ConformanceMain.execute(args));
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void switchesAndValuesReachTheSettings() {
    String plan =
        dryRun(
            "--dry-run",
            "--read-only",
            "--allow-eod",
            "--base-url",
            "http://api.invalid",
            "--operations",
            OperationIds.PING);
    assertTrue(plan.contains("mode         read-only (GET only)"), plan);
    assertTrue(plan.contains("run EOD      allowed"), plan);
    assertTrue(plan.contains("operations   " + OperationIds.PING), plan);
    assertTrue(plan.contains("login at     http://api.invalid (Get Token"), plan);
  }

  @Test
  void leftOutTheyTakeTheirDefaults() {
    String plan = dryRun("--dry-run", "--base-url", "http://api.invalid");
    assertTrue(plan.contains("mode         read-write"), plan);
    assertTrue(plan.contains("run EOD      only against the stub"), plan);
    assertTrue(plan.contains("report dir   target/conformance-report"), plan);
  }

  @Test
  void anOptionalValueMayBeGiven() {
    String plan = dryRun("--dry-run", "--allow-eod=false", "--base-url", "http://api.invalid");
    assertTrue(plan.contains("run EOD      never"), plan);
  }
}
