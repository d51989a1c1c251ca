package io.crego.contract.conformance.config;

/**
 * Every setting of the suite, each with one name per source: a command-line flag, an environment
 * variable and a system property (what {@code mvn -Dcrego.…} sets). Resolved flag → environment →
 * system property → default by {@link SuiteConfig#resolve}.
 */
public enum Setting {
  BASE_URL("--base-url", "CREGO_BASE_URL", "crego.baseUrl", null, "URL of the target API"),
  TOKEN("--token", "CREGO_TOKEN", "crego.token", null, "Bearer token (instead of a login)"),
  USERNAME("--username", "CREGO_USERNAME", "crego.username", null, "login user"),
  PASSWORD("--password", "CREGO_PASSWORD", "crego.password", null, "login password"),
  SECOND_USERNAME(
      "--second-username",
      "CREGO_SECOND_USERNAME",
      "crego.secondUsername",
      null,
      "a user of another company, for the tenancy tests"),
  SECOND_PASSWORD(
      "--second-password",
      "CREGO_SECOND_PASSWORD",
      "crego.secondPassword",
      null,
      "that user's password"),
  COLLECTION_BANK_ID(
      "--collection-bank-id",
      "CREGO_COLLECTION_BANK_ID",
      "crego.collectionBankId",
      null,
      "the bank Mark Processed names as collection_bank_id (default: a processed record's"
          + " collection_bank, else the spec example's)"),
  READ_ONLY(
      "--read-only",
      "CREGO_READ_ONLY",
      "crego.readOnly",
      "false",
      "send only safe requests (GET), discovering ids from list endpoints"),
  INCLUDE_TAGS(
      "--include-tags", "CREGO_INCLUDE_TAGS", "crego.includeTags", null, "run only these tags"),
  EXCLUDE_TAGS(
      "--exclude-tags", "CREGO_EXCLUDE_TAGS", "crego.excludeTags", null, "skip these tags"),
  OPERATIONS(
      "--operations",
      "CREGO_OPERATIONS",
      "crego.operations",
      null,
      "test only these operationIds (comma-separated)"),
  REPORT_DIR(
      "--report-dir",
      "CREGO_REPORT_DIR",
      "crego.reportDir",
      "target/conformance-report",
      "where the JUnit XML and the HTML report go"),
  DEVIATIONS(
      "--deviations",
      "CREGO_DEVIATIONS",
      "crego.deviations",
      null,
      "known deviations file (YAML or JSON): matching violations become warnings"),
  KNOWN_GAPS(
      "--known-gaps",
      "CREGO_KNOWN_GAPS",
      "crego.knownGaps",
      null,
      "known gaps file (YAML or JSON): matching failed tests are reported as known gaps"),
  TARGET_KIND(
      "--target-kind",
      "CREGO_TARGET_KIND",
      "crego.targetKind",
      "auto",
      "stub, other, or auto (a stub answers GET /__admin/health)"),
  PROGRESS(
      "--progress",
      "CREGO_PROGRESS",
      "crego.progress",
      "tests",
      "one progress line per test (tests) or per group (groups)"),
  TIMEOUT_SECONDS(
      "--timeout-seconds",
      "CREGO_TIMEOUT_SECONDS",
      "crego.timeoutSeconds",
      "30",
      "per request, whole seconds from 1 (a slower answer fails its test as timed out)"),
  ALLOW_EOD(
      "--allow-eod",
      "CREGO_ALLOW_EOD",
      "crego.allowEod",
      "auto",
      "true, false, or auto (true for the stub): run the tests that move the target's business"
          + " date with Run EOD"),
  DRY_RUN(
      "--dry-run",
      "CREGO_DRY_RUN",
      "crego.dryRun",
      "false",
      "list what a run would send, write operations marked, and send nothing");

  private final String flag;
  private final String environmentVariable;
  private final String systemProperty;
  private final String defaultValue;
  private final String description;

  Setting(
      String flag,
      String environmentVariable,
      String systemProperty,
      String defaultValue,
      String description) {
    this.flag = flag;
    this.environmentVariable = environmentVariable;
    this.systemProperty = systemProperty;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String flag() {
    return flag;
  }

  public String environmentVariable() {
    return environmentVariable;
  }

  public String systemProperty() {
    return systemProperty;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** Settings whose value is never printed. */
  public boolean isSecret() {
    return this == TOKEN || this == PASSWORD || this == SECOND_PASSWORD;
  }
}
