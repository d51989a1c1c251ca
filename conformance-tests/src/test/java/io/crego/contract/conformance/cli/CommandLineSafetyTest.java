package io.crego.contract.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.config.Credentials;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.config.TargetKind;
import io.crego.contract.conformance.deviation.Deviations;
import io.crego.contract.spec.OperationIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CI gate must not go green on a typo or a dead target: each invalid setting exits 2, an
 * unreachable target 3, and secrets never stay in what a run writes.
 */
class CommandLineSafetyTest {

  @TempDir Path dir;

  @Test
  void aMisspeltTagOrOperationIsAnInvalidSettingNamingTheNearest() {
    assertEquals(
        2,
        ConformanceMain.execute(
            "--base-url", "http://127.0.0.1:1", "--token", "t", "--include-tags", "positve"));
    assertEquals(
        2,
        ConformanceMain.execute(
            "--base-url", "http://127.0.0.1:1", "--token", "t", "--operations", "getRecrod"));
    assertEquals(
        List.of(OperationIds.GET_RECORD),
        Selection.nearest("getRecrod", List.of(OperationIds.GET_RECORD, OperationIds.PING))
            .subList(0, 1));
  }

  @Test
  void badTimeOutsAndMissingCredentialsExit2() {
    assertEquals(
        2,
        ConformanceMain.execute(
            "--base-url", "http://127.0.0.1:1", "--token", "t", "--timeout-seconds", "-1"));
    assertEquals(
        2,
        ConformanceMain.execute(
            "--base-url", "http://127.0.0.1:1", "--token", "t", "--timeout-seconds", "0"));
    assertEquals(2, ConformanceMain.execute("--base-url", "http://127.0.0.1:1"));
  }

  @Test
  void anUnreachableTargetExits3() {
    assertEquals(
        3,
        ConformanceMain.execute(
            "--base-url", "http://127.0.0.1:1", "--token", "t", "--timeout-seconds", "2"));
  }

  @Test
  void malformedOrMisspeltDeviationFilesExit2() throws Exception {
    Path misspelt = dir.resolve("misspelt.yaml");
    Files.writeString(
        misspelt,
        "deviations:\n  - id: X-1\n    match: {operation: listRecords, pointr: /utr}\n"
            + "    reason: typo\n");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "deviations: [ {id: X\n");
    for (Path file : List.of(misspelt, broken)) {
      assertEquals(
          2,
          ConformanceMain.execute(
              "--base-url", "http://127.0.0.1:1", "--token", "t", "--deviations", file.toString()),
          file.toString());
    }
    IllegalArgumentException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> Deviations.load(misspelt));
    assertTrue(refused.getMessage().contains("unknown key 'operation'"), refused.getMessage());
  }

  @Test
  void secretsAreScrubbedFromEveryFileARunWrites() throws Exception {
    Path xml = dir.resolve("TEST-junit-jupiter.xml");
    Files.writeString(
        xml,
        "<property name=\"sun.java.command\" value=\"x.jar --token tok-123 --password pw-456\"/>");
    Path html = dir.resolve("sub").resolve("report.html");
    Files.createDirectories(html.getParent());
    Files.writeString(html, "second pw-789");
    SuiteConfig config =
        SuiteConfig.resolve(Map.of(), Map.of(), new Properties(), false).toBuilder()
            .baseUrl("http://127.0.0.1:1")
            .credentials(Credentials.login("u", "pw-456"))
            .secondCredentials(Credentials.login("v", "pw-789"))
            .targetKind(TargetKind.OTHER)
            .build();
    Secrets.scrub(config, dir);
    String xmlText = Files.readString(xml);
    assertFalse(xmlText.contains("pw-456"), xmlText);
    assertTrue(xmlText.contains(Secrets.REDACTED), xmlText);
    assertFalse(Files.readString(html).contains("pw-789"));
  }
}
