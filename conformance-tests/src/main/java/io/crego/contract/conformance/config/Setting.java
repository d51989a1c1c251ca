package io.crego.contract.conformance.config;

import io.crego.contract.spec.options.OptionHelp;

/**
 * Every setting of the suite, each declared once: its command-line flag, environment variable,
 * system property (what {@code mvn -Dcrego.…} sets), default (or what happens without one),
 * parameter label and meaning. The picocli options ({@code cli.ConformanceMain}), their {@code
 * --help} lines and the README's options table are all made from these declarations. Resolved flag
 * → environment → system property → default by {@link SuiteConfig#resolve}.
 */
public enum Setting {
  BASE_URL(
      "--base-url",
      "CREGO_BASE_URL",
      "crego.baseUrl",
      null,
      "a run needs one",
      "URL",
      "URL of the target API"),
  AUTH_BASE_URL(
      "--auth-base-url",
      "CREGO_AUTH_BASE_URL",
      "crego.authBaseUrl",
      null,
      "the --base-url",
      "URL",
      "base URL of the operations the spec gives their own servers (Get Token, Refresh Token: the"
          + " newer platform's `https://demo.preprod.crego.ai/api`)"),
  TOKEN(
      "--token",
      "CREGO_TOKEN",
      "crego.token",
      null,
      "log in with --username and --password",
      "T",
      "bearer token (instead of a login)"),
  USERNAME(
      "--username",
      "CREGO_USERNAME",
      "crego.username",
      null,
      "a --token is needed",
      "U",
      "login user"),
  PASSWORD(
      "--password",
      "CREGO_PASSWORD",
      "crego.password",
      null,
      "a --token is needed",
      "P",
      "login password"),
  SECOND_USERNAME(
      "--second-username",
      "CREGO_SECOND_USERNAME",
      "crego.secondUsername",
      null,
      "the tenancy tests are skipped",
      "U",
      "a user of another company, for the tenancy tests"),
  SECOND_PASSWORD(
      "--second-password",
      "CREGO_SECOND_PASSWORD",
      "crego.secondPassword",
      null,
      "the tenancy tests are skipped",
      "P",
      "that user's password"),
  COLLECTION_BANK_ID(
      "--collection-bank-id",
      "CREGO_COLLECTION_BANK_ID",
      "crego.collectionBankId",
      null,
      "a processed record's collection_bank, else the spec example's",
      "ID",
      "the bank Mark Processed names as `collection_bank_id`"),
  READ_ONLY(
      "--read-only",
      "CREGO_READ_ONLY",
      "crego.readOnly",
      "false",
      null,
      null,
      "send only safe requests (GET), discovering ids from list endpoints"),
  INCLUDE_TAGS(
      "--include-tags",
      "CREGO_INCLUDE_TAGS",
      "crego.includeTags",
      null,
      "every tag",
      "T,...",
      "run only these tags (`positive`, `auth`, `validation`, `not-found`, `duplicates`,"
          + " `lifecycle`, `lists`, `tenancy`, `read-only`, `stub`)"),
  EXCLUDE_TAGS(
      "--exclude-tags",
      "CREGO_EXCLUDE_TAGS",
      "crego.excludeTags",
      null,
      "no tag skipped",
      "T,...",
      "skip these tags"),
  OPERATIONS(
      "--operations",
      "CREGO_OPERATIONS",
      "crego.operations",
      null,
      "every operation",
      "ID,...",
      "test only these operationIds (comma-separated)"),
  REPORT_DIR(
      "--report-dir",
      "CREGO_REPORT_DIR",
      "crego.reportDir",
      "target/conformance-report",
      null,
      "DIR",
      "where the JUnit XML and the HTML report go"),
  DEVIATIONS(
      "--deviations",
      "CREGO_DEVIATIONS",
      "crego.deviations",
      null,
      "every violation fails its test",
      "FILE",
      "known deviations file (YAML or JSON): matching violations become warnings"),
  KNOWN_GAPS(
      "--known-gaps",
      "CREGO_KNOWN_GAPS",
      "crego.knownGaps",
      null,
      "every failed test counts",
      "FILE",
      "known gaps file (YAML or JSON): matching failed tests are reported as known gaps"),
  TARGET_KIND(
      "--target-kind",
      "CREGO_TARGET_KIND",
      "crego.targetKind",
      "auto",
      null,
      "KIND",
      "`stub`, `other`, or `auto` (a stub answers `GET /__admin/health`)"),
  PROGRESS(
      "--progress",
      "CREGO_PROGRESS",
      "crego.progress",
      "tests",
      null,
      "LEVEL",
      "one progress line per test (`tests`) or per group (`groups`)"),
  TIMEOUT_SECONDS(
      "--timeout-seconds",
      "CREGO_TIMEOUT_SECONDS",
      "crego.timeoutSeconds",
      "30",
      null,
      "S",
      "per request, whole seconds from 1 (a slower answer fails its test as timed out)"),
  ALLOW_EOD(
      "--allow-eod",
      "CREGO_ALLOW_EOD",
      "crego.allowEod",
      "auto",
      null,
      "[BOOL]",
      "`true`, `false`, or `auto` (true for the stub): run the tests that move the target's"
          + " business date with Run EOD; the flag alone means true"),
  PARALLEL(
      "--parallel",
      "CREGO_PARALLEL",
      "crego.parallel",
      "auto",
      null,
      "[BOOL]",
      "`true`, `false`, or `auto` (true for the stub): run the groups that neither read the"
          + " business date nor count what other tests make on a second thread, beside the"
          + " positive and lifecycle tests (twice the requests at a time); the flag alone means"
          + " true"),
  DRY_RUN(
      "--dry-run",
      "CREGO_DRY_RUN",
      "crego.dryRun",
      "false",
      null,
      null,
      "list what a run would send, write operations marked, and send nothing");

  private final String flag;
  private final String environmentVariable;
  private final String systemProperty;
  private final String defaultValue;
  private final String withoutIt;
  private final String paramLabel;
  private final String description;

  /**
   * @param defaultValue the default as text; null when the setting is unset unless given
   * @param withoutIt what the suite does when a setting without a default is not given
   * @param paramLabel how the help names the value; null for a switch that takes none, in brackets
   *     for a value that may be left out (the flag alone then means {@code true})
   * @param description what it does, for the README (code in backquotes) and the help
   */
  Setting(
      String flag,
      String environmentVariable,
      String systemProperty,
      String defaultValue,
      String withoutIt,
      String paramLabel,
      String description) {
    if ((defaultValue == null) == (withoutIt == null)) {
      throw new IllegalArgumentException(flag + ": a default, or what happens without one");
    }
    this.flag = flag;
    this.environmentVariable = environmentVariable;
    this.systemProperty = systemProperty;
    this.defaultValue = defaultValue;
    this.withoutIt = withoutIt;
    this.paramLabel = paramLabel;
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

  /** What the suite does when a setting without a default is not given; null for the others. */
  public String withoutIt() {
    return withoutIt;
  }

  /** What the setting does, with code in backquotes (Markdown). */
  public String description() {
    return description;
  }

  /** Whether the flag takes no value: given, it means {@code true}. */
  public boolean isSwitch() {
    return paramLabel == null;
  }

  /** Whether the value may be left out, the flag alone meaning {@code true}. */
  public boolean isValueOptional() {
    return paramLabel != null && paramLabel.startsWith("[");
  }

  /** How the help names the value (without brackets), or null for a switch. */
  public String paramLabel() {
    return paramLabel == null ? null : paramLabel.replaceAll("^\\[|\\]$", "");
  }

  /**
   * The option's description in {@code --help}, in the form both command lines share ({@link
   * OptionHelp}), e.g. {@code Login user. Default: none, a --token is needed. Env: CREGO_USERNAME.}
   */
  public String helpLine() {
    return OptionHelp.line(description, defaultValue, withoutIt, environmentVariable);
  }

  /** Settings whose value is never printed. */
  public boolean isSecret() {
    return this == TOKEN || this == PASSWORD || this == SECOND_PASSWORD;
  }
}
