package io.crego.contract.conformance.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.OperationIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuiteConfigTest {

  private static Properties props(String... pairs) {
    Properties p = new Properties();
    for (int i = 0; i < pairs.length; i += 2) {
      p.setProperty(pairs[i], pairs[i + 1]);
    }
    return p;
  }

  @Test
  void aFlagBeatsTheEnvironmentWhichBeatsASystemProperty() {
    SuiteConfig config =
        SuiteConfig.resolve(
            Map.of(Setting.BASE_URL, "http://flag/"),
            Map.of("CREGO_BASE_URL", "http://env", "CREGO_TOKEN", "env-token"),
            props("crego.baseUrl", "http://prop", "crego.readOnly", "true"),
            true);
    assertEquals("http://flag", config.baseUrl());
    assertEquals("env-token", config.credentials().token());
    assertTrue(config.readOnly());
  }

  @Test
  void aRunWithoutCredentialsIsRefused() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                SuiteConfig.resolve(Map.of(Setting.BASE_URL, "http://x"), Map.of(), props(), true));
    assertTrue(e.getMessage().contains("no credentials"), e.getMessage());
  }

  @Test
  void defaultsApplyWhenNothingIsGiven() {
    SuiteConfig config =
        SuiteConfig.resolve(Map.of(Setting.BASE_URL, "http://x"), Map.of(), props(), false);
    assertEquals(Path.of("target/conformance-report"), config.reportDir());
    assertEquals(TargetKind.AUTO, config.targetKind());
    assertFalse(config.readOnly());
    assertTrue(config.credentials().isEmpty());
  }

  @Test
  void blankSystemPropertiesCountAsUnset() {
    SuiteConfig config =
        SuiteConfig.resolve(
            Map.of(), Map.of(), props("crego.baseUrl", "", "crego.token", ""), false);
    assertEquals(null, config.baseUrl());
    assertTrue(config.credentials().isEmpty());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                SuiteConfig.resolve(
                    Map.of(
                        Setting.TOKEN, "t",
                        Setting.USERNAME, "u",
                        Setting.READ_ONLY, "maybe",
                        Setting.DEVIATIONS, "/no/such/file.yaml"),
                    Map.of(),
                    props(),
                    true));
    assertEquals(5, e.problems().size(), String.join("\n", e.problems()));
  }

  @Test
  void secretsAreNeverPrinted() {
    SuiteConfig config =
        SuiteConfig.resolve(
            Map.of(
                Setting.BASE_URL, "http://x",
                Setting.TOKEN, "s3cr3t-token",
                Setting.SECOND_USERNAME, "bob",
                Setting.SECOND_PASSWORD, "hunter2"),
            Map.of(),
            props(),
            true);
    String printed = config.describe() + config + config.credentials();
    assertFalse(printed.contains("s3cr3t-token"), printed);
    assertFalse(printed.contains("hunter2"), printed);
    assertTrue(printed.contains("redacted"), printed);
  }

  @Test
  void theCollectionBankIsAUuidFromAnySourceOrDiscovered() {
    SuiteConfig discovered =
        SuiteConfig.resolve(Map.of(Setting.BASE_URL, "http://x"), Map.of(), props(), false);
    assertEquals(null, discovered.collectionBankId());
    assertTrue(discovered.describe().contains("discovered"), discovered.describe());

    SuiteConfig given =
        SuiteConfig.resolve(
            Map.of(Setting.BASE_URL, "http://x"),
            Map.of("CREGO_COLLECTION_BANK_ID", "0b8e8a5c-5f43-4c4e-9a0c-3f1d2b6a7e90"),
            props(),
            false);
    assertEquals("0b8e8a5c-5f43-4c4e-9a0c-3f1d2b6a7e90", given.collectionBankId());

    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                SuiteConfig.resolve(
                    Map.of(Setting.BASE_URL, "http://x"),
                    Map.of(),
                    props("crego.collectionBankId", "HDFC0000240"),
                    false));
    assertEquals("--collection-bank-id HDFC0000240 is not a UUID", String.join("\n", e.problems()));
  }

  @Test
  void listsAreCommaSeparated() {
    SuiteConfig config =
        SuiteConfig.resolve(
            Map.of(Setting.BASE_URL, "http://x", Setting.INCLUDE_TAGS, "auth, positive,"),
            Map.of("CREGO_OPERATIONS", OperationIds.GET_RECORD),
            props(),
            false);
    assertEquals(Set.of("auth", "positive"), config.includeTags());
    assertTrue(config.selects(OperationIds.GET_RECORD));
    assertFalse(config.selects(OperationIds.CREATE_RECORD));
  }

  @Test
  void aCopyKeepsEverySettingAndChangesOnlyWhatItIsTold() throws Exception {
    Path gaps = Files.createTempFile("gaps", ".yaml");
    SuiteConfig config =
        SuiteConfig.resolve(
            Map.ofEntries(
                Map.entry(Setting.BASE_URL, "http://api"),
                Map.entry(Setting.AUTH_BASE_URL, "http://login/"),
                Map.entry(Setting.USERNAME, "u"),
                Map.entry(Setting.PASSWORD, "p"),
                Map.entry(Setting.SECOND_USERNAME, "v"),
                Map.entry(Setting.SECOND_PASSWORD, "q"),
                Map.entry(Setting.COLLECTION_BANK_ID, "0b3c6c52-7d4e-4a57-9f6a-1d2e3f4a5b6c"),
                Map.entry(Setting.READ_ONLY, "true"),
                Map.entry(Setting.INCLUDE_TAGS, "positive"),
                Map.entry(Setting.EXCLUDE_TAGS, "lists"),
                Map.entry(Setting.OPERATIONS, OperationIds.PING),
                Map.entry(Setting.REPORT_DIR, "out"),
                Map.entry(Setting.KNOWN_GAPS, gaps.toString()),
                Map.entry(Setting.TARGET_KIND, "other"),
                Map.entry(Setting.PROGRESS, "groups"),
                Map.entry(Setting.TIMEOUT_SECONDS, "7"),
                Map.entry(Setting.ALLOW_EOD, "false"),
                Map.entry(Setting.DRY_RUN, "true")),
            Map.of(),
            props(),
            true);
    assertEquals(config, config.toBuilder().build());
    SuiteConfig moved = config.toBuilder().baseUrl("http://elsewhere/").build();
    assertEquals("http://elsewhere", moved.baseUrl());
    assertEquals(config, moved.toBuilder().baseUrl("http://api").build());
    assertEquals("http://login", moved.loginBaseUrl());
    Files.delete(gaps);
  }
}
