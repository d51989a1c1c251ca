package io.crego.contract.conformance.cli;

import io.crego.contract.conformance.config.ConfigException;
import io.crego.contract.conformance.config.Setting;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.report.RunSummary;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar crego-conformance.jar --base-url URL [--token T | --username U --password P]
 * [--read-only] …}: checks a target against the spec. Exit 0 only when nothing failed.
 */
@Command(
    name = "crego-conformance",
    mixinStandardHelpOptions = true,
    version = "crego-conformance 0.1.0",
    description = {
      "Checks an implementation of the Crego LMS API against spec/openapi.yaml.",
      "Every option can also be set with its environment variable (shown in brackets).",
      "Exit code: 0 when nothing failed, 1 when a test failed, 2 for invalid settings,",
      "3 when the target is unreachable or refuses the credentials, 4 when no test ran."
    },
    sortOptions = false)
public final class ConformanceMain implements Callable<Integer> {

  @Option(names = "--base-url", paramLabel = "URL", description = "target API [CREGO_BASE_URL]")
  String baseUrl;

  @Option(names = "--token", paramLabel = "T", description = "bearer token [CREGO_TOKEN]")
  String token;

  @Option(names = "--username", paramLabel = "U", description = "login user [CREGO_USERNAME]")
  String username;

  @Option(names = "--password", paramLabel = "P", description = "password [CREGO_PASSWORD]")
  String password;

  @Option(
      names = "--second-username",
      paramLabel = "U",
      description = "user of another company, for tenancy tests [CREGO_SECOND_USERNAME]")
  String secondUsername;

  @Option(
      names = "--second-password",
      paramLabel = "P",
      description = "that user's password [CREGO_SECOND_PASSWORD]")
  String secondPassword;

  @Option(
      names = "--collection-bank-id",
      paramLabel = "ID",
      description =
          "the bank Mark Processed names (default: a processed record's collection_bank,"
              + " else the spec example's) [CREGO_COLLECTION_BANK_ID]")
  String collectionBankId;

  @Option(
      names = "--read-only",
      description = "only safe requests (GET), ids discovered from lists [CREGO_READ_ONLY]")
  boolean readOnly;

  @Option(
      names = "--include-tags",
      paramLabel = "T,…",
      description =
          "run only these tags"
              + " (positive, auth, validation, not-found, duplicates, lifecycle, lists, tenancy,"
              + " read-only, stub) [CREGO_INCLUDE_TAGS]")
  String includeTags;

  @Option(
      names = "--exclude-tags",
      paramLabel = "T,…",
      description = "skip these tags" + " [CREGO_EXCLUDE_TAGS]")
  String excludeTags;

  @Option(
      names = "--operations",
      paramLabel = "ID,…",
      description = "test only these" + " operationIds [CREGO_OPERATIONS]")
  String operations;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      description =
          "JUnit XML and HTML report" + " (default target/conformance-report) [CREGO_REPORT_DIR]")
  String reportDir;

  @Option(
      names = "--deviations",
      paramLabel = "FILE",
      description =
          "known deviations (YAML or"
              + " JSON): matching violations are warnings [CREGO_DEVIATIONS]")
  String deviations;

  @Option(
      names = "--known-gaps",
      paramLabel = "FILE",
      description =
          "known gaps (YAML or JSON):"
              + " matching failures are reported as skipped known gaps [CREGO_KNOWN_GAPS]")
  String knownGaps;

  @Option(
      names = "--target-kind",
      paramLabel = "KIND",
      description = "stub, other or auto" + " (default auto) [CREGO_TARGET_KIND]")
  String targetKind;

  @Option(
      names = "--progress",
      paramLabel = "LEVEL",
      description = "tests (a line per test," + " default) or groups [CREGO_PROGRESS]")
  String progress;

  @Option(
      names = "--timeout-seconds",
      paramLabel = "S",
      description = "per request, 1 or more (default 30)" + " [CREGO_TIMEOUT_SECONDS]")
  String timeoutSeconds;

  @Option(
      names = "--allow-eod",
      paramLabel = "BOOL",
      arity = "0..1",
      fallbackValue = "true",
      description =
          "run the tests that move the business date with Run EOD: true, false or auto"
              + " (default auto: only against the stub) [CREGO_ALLOW_EOD]")
  String allowEod;

  @Option(
      names = "--dry-run",
      description = "list what a run would send, writes marked; send nothing [CREGO_DRY_RUN]")
  boolean dryRun;

  /** Exit code when a test failed. */
  static final int FAILED = 1;

  /** Exit code for invalid settings. */
  static final int INVALID_SETTINGS = 2;

  /** Exit code when the target does not answer or refuses the credentials. */
  static final int TARGET_UNAVAILABLE = 3;

  /** Exit code when the selection ran no test. */
  static final int NOTHING_RAN = 4;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line; returns the exit code. */
  static int execute(String... args) {
    return new CommandLine(new ConformanceMain()).execute(args);
  }

  @Override
  public Integer call() {
    SuiteConfig config;
    try {
      config = SuiteConfig.resolve(flags(), System.getenv(), System.getProperties(), true);
    } catch (ConfigException e) {
      return invalid(e);
    }
    ConformanceRunner runner = new ConformanceRunner(System.out);
    RunSummary summary;
    try {
      if (config.dryRun()) {
        System.out.print(runner.plan(config));
        return 0;
      }
      summary = runner.run(config);
    } catch (ConfigException e) {
      return invalid(e);
    } catch (TargetUnavailableException e) {
      System.err.println("crego-conformance: " + e.getMessage());
      return TARGET_UNAVAILABLE;
    }
    if (summary.passed() + summary.failed() == 0) {
      System.err.println(
          "crego-conformance: no test ran ("
              + summary.skipped()
              + " skipped): check --include-tags, --exclude-tags and --operations");
      return NOTHING_RAN;
    }
    return summary.succeeded() ? 0 : FAILED;
  }

  private static int invalid(ConfigException e) {
    System.err.println(e.getMessage());
    System.err.println("Run with --help for the options.");
    return INVALID_SETTINGS;
  }

  private Map<Setting, String> flags() {
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    put(flags, Setting.BASE_URL, baseUrl);
    put(flags, Setting.TOKEN, token);
    put(flags, Setting.USERNAME, username);
    put(flags, Setting.PASSWORD, password);
    put(flags, Setting.SECOND_USERNAME, secondUsername);
    put(flags, Setting.SECOND_PASSWORD, secondPassword);
    put(flags, Setting.COLLECTION_BANK_ID, collectionBankId);
    put(flags, Setting.READ_ONLY, readOnly ? "true" : null);
    put(flags, Setting.INCLUDE_TAGS, includeTags);
    put(flags, Setting.EXCLUDE_TAGS, excludeTags);
    put(flags, Setting.OPERATIONS, operations);
    put(flags, Setting.REPORT_DIR, reportDir);
    put(flags, Setting.DEVIATIONS, deviations);
    put(flags, Setting.KNOWN_GAPS, knownGaps);
    put(flags, Setting.TARGET_KIND, targetKind);
    put(flags, Setting.PROGRESS, progress);
    put(flags, Setting.TIMEOUT_SECONDS, timeoutSeconds);
    put(flags, Setting.ALLOW_EOD, allowEod);
    put(flags, Setting.DRY_RUN, dryRun ? "true" : null);
    return flags;
  }

  private static void put(Map<Setting, String> flags, Setting setting, String value) {
    if (value != null) {
      flags.put(setting, value);
    }
  }
}
