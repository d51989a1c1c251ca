package io.crego.contract.stub.server;

import io.crego.contract.spec.options.OptionHelp;

/**
 * Every option of the stub, each declared once: its command-line flag, environment variable, how
 * the help names its value, its default and what it means. The picocli options ({@link StubMain}),
 * their {@code --help} lines and the README's options table are all made from these declarations
 * ({@code ReadmeOptionsTest} checks the table and the help against them); {@link ConfigResolver}
 * resolves each flag → environment variable → default.
 *
 * <p>A meaning is written for the README, where {@code `code`} is set as code; the help shows it
 * without the backquotes.
 */
enum Setting {
  PORT(
      "--port",
      "CREGO_STUB_PORT",
      "PORT",
      String.valueOf(StubConfig.DEFAULT_PORT),
      null,
      "port to listen on; `0` picks a free one"),
  HOST("--host", "CREGO_STUB_HOST", "HOST", StubConfig.DEFAULT_HOST, null, "address to bind"),
  TOKEN(
      "--token",
      "CREGO_STUB_TOKEN",
      "TOKEN",
      StubConfig.DEFAULT_DEV_TOKEN,
      null,
      "dev bearer token, always accepted, for the first user's company"),
  DATA_DIR(
      "--data-dir",
      "CREGO_STUB_DATA_DIR",
      "DIR",
      null,
      "in memory",
      "keep state in this directory (SQLite); every acknowledged write survives a crash and a"
          + " restart"),
  STORE(
      "--store",
      "CREGO_STUB_STORE",
      "STORE",
      null,
      "in memory",
      "where state is kept: `memory`; `sqlite:DIR` (the same as `--data-dir`);"
          + " `postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB` or"
          + " `jdbc:postgresql://HOST[:PORT]/DB`, shared by every stub started with the same URL"
          + " (several replicas serve one state); a URL without credentials takes"
          + " `CREGO_STUB_STORE_USER` and `CREGO_STUB_STORE_PASSWORD`"),
  SEED(
      "--seed",
      "CREGO_STUB_SEED",
      "MODE",
      SeedMode.DEMO.cliName(),
      null,
      "`demo`: every company starts with demo data (accounts, loans, EMIs, records in every"
          + " state); `none`: empty but for the platform's collection bank"),
  USERS(
      "--user",
      "CREGO_STUB_USERS",
      "NAME:PASSWORD",
      StubConfig.DEFAULT_USER,
      null,
      "`name:password` of a user who can log in (repeat the flag; the variable takes a"
          + " comma-separated list); each user has a company of their own"),
  TOKEN_TTL(
      "--token-ttl",
      "CREGO_STUB_TOKEN_TTL",
      "SECONDS",
      String.valueOf(StubConfig.DEFAULT_TOKEN_TTL_SECONDS),
      null,
      "seconds an issued access token lives (refresh tokens: 24 h)"),
  ADMIN_TOKEN(
      "--admin-token",
      "CREGO_STUB_ADMIN_TOKEN",
      "TOKEN",
      null,
      "open",
      "require `Authorization: Bearer <token>` on the admin routes (not on `/__admin/health`)"),
  ADMIN_PORT(
      "--admin-port",
      "CREGO_STUB_ADMIN_PORT",
      "PORT",
      null,
      "on the public port",
      "serve the admin routes and `/__admin/health` on this port of `127.0.0.1` only, and answer"
          + " 404 for them on the public port; `0` picks a free one"),
  CHECK_RESPONSES(
      "--check-responses",
      "CREGO_STUB_CHECK_RESPONSES",
      "MODE",
      "log",
      null,
      "check each answer against the contract: `off`, `log` (breaches on stderr) or `enforce` (a"
          + " breach becomes a 500 naming it)"),
  QUIET(
      "--quiet",
      "CREGO_STUB_QUIET",
      null,
      "false",
      null,
      "no per-call log line (the variable takes `true` or `false`)"),
  JOURNAL(
      "--journal",
      "CREGO_STUB_JOURNAL",
      "N",
      String.valueOf(StubConfig.DEFAULT_JOURNAL_SIZE),
      null,
      "requests kept in WireMock's request journal (`/__admin/requests`,"
          + " `/__admin/requests/unmatched`, `/__admin/near-misses`, verification), oldest dropped"
          + " first; `0` turns it off (those routes then answer a JSON 409 `JOURNAL_DISABLED`)"),
  ADMIN_ORIGINS(
      "--admin-origins",
      "CREGO_STUB_ADMIN_ORIGINS",
      "ORIGINS",
      null,
      "same-origin only",
      "web origins (comma-separated, e.g. `http://localhost:3000`) whose pages may call the admin"
          + " routes; by default only the stub's own origin may (a request with another `Origin`"
          + " gets a JSON 403 `ORIGIN_NOT_ALLOWED`; clients that send no `Origin`, like curl, are"
          + " not affected). CORS stays open for the API");

  private final String flag;
  private final String envVar;
  private final String paramLabel;
  private final String defaultValue;
  private final String withoutIt;
  private final String meaning;

  /**
   * @param paramLabel how the help names the value; null for a switch, which takes none
   * @param defaultValue the default as text; null when the setting is off unless given
   * @param withoutIt what the stub does when a setting without a default is not given
   * @param meaning what it does, for the README (code in backquotes) and the help
   */
  Setting(
      String flag,
      String envVar,
      String paramLabel,
      String defaultValue,
      String withoutIt,
      String meaning) {
    if ((defaultValue == null) == (withoutIt == null)) {
      throw new IllegalArgumentException(flag + ": a default, or what happens without one");
    }
    this.flag = flag;
    this.envVar = envVar;
    this.paramLabel = paramLabel;
    this.defaultValue = defaultValue;
    this.withoutIt = withoutIt;
    this.meaning = meaning;
  }

  String flag() {
    return flag;
  }

  String envVar() {
    return envVar;
  }

  /** The default as text, or null when the setting is off unless given. */
  String defaultValue() {
    return defaultValue;
  }

  /** What the stub does when a setting without a default is not given; null for the others. */
  String withoutIt() {
    return withoutIt;
  }

  /** What the setting does, with code in backquotes (Markdown). */
  String meaning() {
    return meaning;
  }

  /** How the help names the value, or null for a switch. */
  String paramLabel() {
    return paramLabel;
  }

  boolean isSwitch() {
    return paramLabel == null;
  }

  /** Whether the flag may be given more than once, each time with one more value. */
  boolean isRepeatable() {
    return this == USERS;
  }

  /**
   * The option's description in {@code --help}, in the form both command lines share ({@link
   * OptionHelp}), e.g. {@code Address to bind. Default: 0.0.0.0. Env: CREGO_STUB_HOST.}
   */
  String helpLine() {
    return OptionHelp.line(meaning, defaultValue, withoutIt, envVar);
  }
}
