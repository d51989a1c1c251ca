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
 * @param authBaseUrl where the operations the spec gives their own servers (Get Token, Refresh
 *     Token) are sent, without a trailing slash; null = the base URL (see {@link #loginBaseUrl})
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
 * @param parallel whether the groups independent of the business date and of other tests' data run
 *     on a second thread; null = only against the stub
 * @param dryRun list what would be sent and send nothing
 */
public record SuiteConfig(
    String baseUrl,
    String authBaseUrl,
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
    Boolean parallel,
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
    baseUrl = httpUrl(baseUrl, Setting.BASE_URL, problems);
    String authBaseUrl =
        httpUrl(values.get(Setting.AUTH_BASE_URL), Setting.AUTH_BASE_URL, problems);
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
    Boolean allowEod = auto(eod, Setting.ALLOW_EOD, problems);
    Boolean parallel = auto(values.get(Setting.PARALLEL), Setting.PARALLEL, problems);
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
    return builder()
        .baseUrl(baseUrl)
        .authBaseUrl(authBaseUrl)
        .credentials(credentials)
        .secondCredentials(second)
        .collectionBankId(collectionBankId)
        .readOnly(readOnly)
        .includeTags(list(values.get(Setting.INCLUDE_TAGS)))
        .excludeTags(list(values.get(Setting.EXCLUDE_TAGS)))
        .operations(list(values.get(Setting.OPERATIONS)))
        .reportDir(Path.of(values.get(Setting.REPORT_DIR)))
        .deviations(deviations)
        .knownGaps(knownGaps)
        .targetKind(kind)
        .progress(progress)
        .timeout(timeout)
        .allowEod(allowEod)
        .parallel(parallel)
        .dryRun(dryRun)
        .build();
  }

  /** The base URL of Get Token and Refresh Token: {@link #authBaseUrl}, else {@link #baseUrl}. */
  public String loginBaseUrl() {
    return authBaseUrl != null ? authBaseUrl : baseUrl;
  }

  /** An empty builder: credentials none, no tags or operations selected. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings, to make a copy that differs in a few. */
  public Builder toBuilder() {
    return new Builder()
        .baseUrl(baseUrl)
        .authBaseUrl(authBaseUrl)
        .credentials(credentials)
        .secondCredentials(secondCredentials)
        .collectionBankId(collectionBankId)
        .readOnly(readOnly)
        .includeTags(includeTags)
        .excludeTags(excludeTags)
        .operations(operations)
        .reportDir(reportDir)
        .deviations(deviations)
        .knownGaps(knownGaps)
        .targetKind(targetKind)
        .progress(progress)
        .timeout(timeout)
        .allowEod(allowEod)
        .parallel(parallel)
        .dryRun(dryRun);
  }

  /** The one way to make or copy a {@link SuiteConfig}; URLs lose a trailing slash. */
  public static final class Builder {
    private String baseUrl;
    private String authBaseUrl;
    private Credentials credentials = Credentials.none();
    private Credentials secondCredentials = Credentials.none();
    private String collectionBankId;
    private boolean readOnly;
    private Set<String> includeTags = Set.of();
    private Set<String> excludeTags = Set.of();
    private Set<String> operations = Set.of();
    private Path reportDir = Path.of(Setting.REPORT_DIR.defaultValue());
    private Path deviations;
    private Path knownGaps;
    private TargetKind targetKind = TargetKind.AUTO;
    private Progress progress = Progress.TESTS;
    private Duration timeout = Duration.ofSeconds(30);
    private Boolean allowEod;
    private Boolean parallel;
    private boolean dryRun;

    private Builder() {}

    public Builder baseUrl(String url) {
      this.baseUrl = url == null ? null : stripTrailingSlash(url);
      return this;
    }

    public Builder authBaseUrl(String url) {
      this.authBaseUrl = url == null ? null : stripTrailingSlash(url);
      return this;
    }

    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    public Builder secondCredentials(Credentials credentials) {
      this.secondCredentials = credentials;
      return this;
    }

    public Builder collectionBankId(String id) {
      this.collectionBankId = id;
      return this;
    }

    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    public Builder includeTags(Set<String> tags) {
      this.includeTags = tags;
      return this;
    }

    public Builder excludeTags(Set<String> tags) {
      this.excludeTags = tags;
      return this;
    }

    public Builder operations(Set<String> operationIds) {
      this.operations = operationIds;
      return this;
    }

    public Builder reportDir(Path dir) {
      this.reportDir = dir;
      return this;
    }

    public Builder deviations(Path file) {
      this.deviations = file;
      return this;
    }

    public Builder knownGaps(Path file) {
      this.knownGaps = file;
      return this;
    }

    public Builder targetKind(TargetKind kind) {
      this.targetKind = kind;
      return this;
    }

    public Builder progress(Progress level) {
      this.progress = level;
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder allowEod(Boolean allowEod) {
      this.allowEod = allowEod;
      return this;
    }

    public Builder parallel(Boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    public SuiteConfig build() {
      return new SuiteConfig(
          baseUrl,
          authBaseUrl,
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
          progress,
          timeout,
          allowEod,
          parallel,
          dryRun);
    }
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
    lines.add("  login at     " + loginBaseUrl() + " (Get Token, Refresh Token)");
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
    lines.add(
        "  parallel     "
            + (parallel == null
                ? "only against the stub"
                : parallel ? "yes" : "no, one test at a time"));
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

  /** The URL without a trailing slash, or null; a problem is noted when it is not http(s). */
  private static String httpUrl(String value, Setting setting, List<String> problems) {
    if (value == null) {
      return null;
    }
    String url = stripTrailingSlash(value);
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
        problems.add(setting.flag() + " " + url + " is not an http(s) URL");
      }
    } catch (IllegalArgumentException e) {
      problems.add(setting.flag() + " " + url + " is not a URL: " + e.getMessage());
    }
    return url;
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

  /** {@code true}, {@code false}, or null for {@code auto} (or unset): decided by the target. */
  private static Boolean auto(String value, Setting setting, List<String> problems) {
    return value == null || value.equalsIgnoreCase("auto") ? null : bool(value, setting, problems);
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
