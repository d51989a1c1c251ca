package io.crego.contract.conformance.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every setting of a run, resolved in one place: command-line flag, then environment variable, then
 * system property, then default. Validated all at once; secrets are redacted when printed.
 *
 * @param baseUrl the target API, without a trailing slash; null only before the loop run fills it
 * @param credentials how to authenticate
 * @param secondCredentials a user of another company (tenancy tests), or {@link Credentials#none()}
 * @param collectionBankId the bank Mark Processed names, or null to discover it
 * @param readOnly send only safe requests
 * @param includeTags JUnit tags to run (empty = all)
 * @param excludeTags JUnit tags to skip
 * @param operations operationIds to test (empty = all)
 * @param reportDir where reports go
 * @param deviations known deviations file, or null
 * @param knownGaps known gaps file, or null
 * @param targetKind what the target is
 * @param progress how much to print
 * @param timeout per request
 * @param allowEod whether tests that move the business date run; null = only against the stub
 * @param dryRun list what would be sent and send nothing
 */
public record SuiteConfig(
    String baseUrl,
    Credentials credentials,
    Credentials secondCredentials,
    String collectionBankId,
    boolean readOnly,
    Set<String> includeTags,
    Set<String> excludeTags,
    Set<String> operations,
    Path reportDir,
    Path deviations,
    Path knownGaps,
    TargetKind targetKind,
    Progress progress,
    Duration timeout,
    Boolean allowEod,
    boolean dryRun) {

  public SuiteConfig {
    includeTags = Set.copyOf(includeTags);
    excludeTags = Set.copyOf(excludeTags);
    operations = Set.copyOf(operations);
  }

  /**
   * Resolves every setting.
   *
   * @param flags values given on the command line, by setting (absent = not given)
   * @param environment the process environment
   * @param systemProperties the JVM's system properties
   * @param requireBaseUrl whether a missing base URL is an error (the loop run fills it itself)
   * @throws ConfigException listing every problem
   */
  public static SuiteConfig resolve(
      Map<Setting, String> flags,
      Map<String, String> environment,
      Properties systemProperties,
      boolean requireBaseUrl) {
    Map<Setting, String> values = new EnumMap<>(Setting.class);
    for (Setting setting : Setting.values()) {
      String value =
          firstNonBlank(
              flags.get(setting),
              environment.get(setting.environmentVariable()),
              systemProperties.getProperty(setting.systemProperty()),
              setting.defaultValue());
      if (value != null) {
        values.put(setting, value.trim());
      }
    }
    return fromValues(values, requireBaseUrl);
  }

  private static SuiteConfig fromValues(Map<Setting, String> values, boolean requireBaseUrl) {
    List<String> problems = new ArrayList<>();
    String baseUrl = values.get(Setting.BASE_URL);
    if (baseUrl == null && requireBaseUrl) {
      problems.add("no base URL: give --base-url URL or set CREGO_BASE_URL");
    }
    if (baseUrl != null) {
      baseUrl = stripTrailingSlash(baseUrl);
      try {
        URI uri = URI.create(baseUrl);
        if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
          problems.add("base URL " + baseUrl + " is not an http(s) URL");
        }
      } catch (IllegalArgumentException e) {
        problems.add("base URL " + baseUrl + " is not a URL: " + e.getMessage());
      }
    }
    String token = values.get(Setting.TOKEN);
    String username = values.get(Setting.USERNAME);
    String password = values.get(Setting.PASSWORD);
    if (token != null && (username != null || password != null)) {
      problems.add("give either --token or --username/--password, not both");
    }
    if ((username == null) != (password == null)) {
      problems.add("--username and --password go together");
    }
    String secondUser = values.get(Setting.SECOND_USERNAME);
    String secondPassword = values.get(Setting.SECOND_PASSWORD);
    if ((secondUser == null) != (secondPassword == null)) {
      problems.add("--second-username and --second-password go together");
    }
    String collectionBankId = values.get(Setting.COLLECTION_BANK_ID);
    if (collectionBankId != null && !isUuid(collectionBankId)) {
      problems.add("--collection-bank-id " + collectionBankId + " is not a UUID");
    }
    boolean readOnly = bool(values.get(Setting.READ_ONLY), Setting.READ_ONLY, problems);
    TargetKind kind = enumValue(TargetKind.class, values.get(Setting.TARGET_KIND), problems);
    Progress progress = enumValue(Progress.class, values.get(Setting.PROGRESS), problems);
    Duration timeout = Duration.ofSeconds(30);
    try {
      long seconds = Long.parseLong(values.get(Setting.TIMEOUT_SECONDS));
      if (seconds < 1) {
        problems.add("--timeout-seconds must be at least 1, not " + seconds);
      } else {
        timeout = Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      problems.add("--timeout-seconds must be a whole number of seconds");
    }
    String eod = values.get(Setting.ALLOW_EOD);
    Boolean allowEod =
        eod == null || eod.equalsIgnoreCase("auto") ? null : bool(eod, Setting.ALLOW_EOD, problems);
    boolean dryRun = bool(values.get(Setting.DRY_RUN), Setting.DRY_RUN, problems);
    if (requireBaseUrl && !dryRun && token == null && username == null && password == null) {
      problems.add(
          "no credentials: give --token T, or --username U --password P"
              + " (or CREGO_TOKEN, CREGO_USERNAME and CREGO_PASSWORD)");
    }
    Path deviations = existingFile(values.get(Setting.DEVIATIONS), Setting.DEVIATIONS, problems);
    Path knownGaps = existingFile(values.get(Setting.KNOWN_GAPS), Setting.KNOWN_GAPS, problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    Credentials credentials =
        token != null
            ? Credentials.token(token)
            : username != null ? Credentials.login(username, password) : Credentials.none();
    Credentials second =
        secondUser != null ? Credentials.login(secondUser, secondPassword) : Credentials.none();
    return new SuiteConfig(
        baseUrl,
        credentials,
        second,
        collectionBankId,
        readOnly,
        list(values.get(Setting.INCLUDE_TAGS)),
        list(values.get(Setting.EXCLUDE_TAGS)),
        list(values.get(Setting.OPERATIONS)),
        Path.of(values.get(Setting.REPORT_DIR)),
        deviations,
        knownGaps,
        kind,
        progress,
        timeout,
        allowEod,
        dryRun);
  }

  /** The same settings aimed at another target (the loop run's in-process stub). */
  public SuiteConfig withTarget(
      String url, Credentials login, Credentials second, TargetKind kind) {
    return new SuiteConfig(
        stripTrailingSlash(url),
        login,
        second,
        collectionBankId,
        readOnly,
        includeTags,
        excludeTags,
        operations,
        reportDir,
        deviations,
        knownGaps,
        kind,
        progress,
        timeout,
        allowEod,
        dryRun);
  }

  public SuiteConfig withReportDir(Path dir) {
    return new SuiteConfig(
        baseUrl,
        credentials,
        secondCredentials,
        collectionBankId,
        readOnly,
        includeTags,
        excludeTags,
        operations,
        dir,
        deviations,
        knownGaps,
        targetKind,
        progress,
        timeout,
        allowEod,
        dryRun);
  }

  public SuiteConfig withSelection(Set<String> include, Set<String> exclude, Set<String> ops) {
    return new SuiteConfig(
        baseUrl,
        credentials,
        secondCredentials,
        collectionBankId,
        readOnly,
        include,
        exclude,
        ops,
        reportDir,
        deviations,
        knownGaps,
        targetKind,
        progress,
        timeout,
        allowEod,
        dryRun);
  }

  public SuiteConfig withKnownGaps(Path file) {
    return new SuiteConfig(
        baseUrl,
        credentials,
        secondCredentials,
        collectionBankId,
        readOnly,
        includeTags,
        excludeTags,
        operations,
        reportDir,
        deviations,
        file,
        targetKind,
        progress,
        timeout,
        allowEod,
        dryRun);
  }

  public SuiteConfig withProgress(Progress level) {
    return new SuiteConfig(
        baseUrl,
        credentials,
        secondCredentials,
        collectionBankId,
        readOnly,
        includeTags,
        excludeTags,
        operations,
        reportDir,
        deviations,
        knownGaps,
        targetKind,
        level,
        timeout,
        allowEod,
        dryRun);
  }

  /** Whether the operation is selected by {@link #operations()}. */
  public boolean selects(String operationId) {
    return operations.isEmpty() || operations.contains(operationId);
  }

  /** One line per setting, secrets redacted. */
  public String describe() {
    StringJoiner lines = new StringJoiner("\n");
    lines.add(
        "  target       " + baseUrl + " (" + targetKind.name().toLowerCase(Locale.ROOT) + ")");
    lines.add("  credentials  " + credentials);
    lines.add("  second user  " + secondCredentials);
    lines.add(
        "  bank         "
            + (collectionBankId == null
                ? "discovered (a processed record's collection_bank, else the spec example's)"
                : collectionBankId));
    lines.add("  mode         " + (readOnly ? "read-only (GET only)" : "read-write"));
    lines.add("  tags         include " + show(includeTags) + ", exclude " + show(excludeTags));
    lines.add("  operations   " + show(operations));
    lines.add("  report dir   " + reportDir);
    lines.add("  deviations   " + (deviations == null ? "none" : deviations));
    lines.add("  known gaps   " + (knownGaps == null ? "none" : knownGaps));
    lines.add(
        "  run EOD      "
            + (allowEod == null ? "only against the stub" : allowEod ? "allowed" : "never"));
    return lines.toString();
  }

  @Override
  public String toString() {
    return "SuiteConfig{" + describe().replace("\n", ";") + "}";
  }

  private static String show(Set<String> values) {
    return values.isEmpty() ? "(all)" : String.join(",", values.stream().sorted().toList());
  }

  private static String firstNonBlank(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    return null;
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static boolean isUuid(String value) {
    try {
      return UUID.fromString(value).toString().equalsIgnoreCase(value);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Set<String> list(String value) {
    if (value == null) {
      return Set.of();
    }
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static boolean bool(String value, Setting setting, List<String> problems) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> {
        return true;
      }
      case "false", "no", "0" -> {
        return false;
      }
      default -> {
        problems.add(setting.flag() + " must be true or false, not " + value);
        return false;
      }
    }
  }

  private static <E extends Enum<E>> E enumValue(
      Class<E> type, String value, List<String> problems) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          value
              + " is not one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")));
      return type.getEnumConstants()[0];
    }
  }

  private static Path existingFile(String value, Setting setting, List<String> problems) {
    if (value == null) {
      return null;
    }
    Path path = Path.of(value);
    if (!Files.isRegularFile(path)) {
      problems.add(setting.flag() + " " + value + ": no such file");
    }
    return path;
  }
}
