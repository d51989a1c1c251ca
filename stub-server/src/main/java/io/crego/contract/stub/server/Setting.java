package io.crego.contract.stub.server;

/** One setting of the stub: its command-line flag, its environment variable and its default. */
enum Setting {
  PORT("--port", "CREGO_STUB_PORT", String.valueOf(StubConfig.DEFAULT_PORT)),
  HOST("--host", "CREGO_STUB_HOST", StubConfig.DEFAULT_HOST),
  TOKEN("--token", "CREGO_STUB_TOKEN", StubConfig.DEFAULT_DEV_TOKEN),
  DATA_DIR("--data-dir", "CREGO_STUB_DATA_DIR", null),
  STORE("--store", "CREGO_STUB_STORE", null),
  SEED("--seed", "CREGO_STUB_SEED", SeedMode.DEMO.cliName()),
  USERS("--user", "CREGO_STUB_USERS", StubConfig.DEFAULT_USER),
  TOKEN_TTL(
      "--token-ttl", "CREGO_STUB_TOKEN_TTL", String.valueOf(StubConfig.DEFAULT_TOKEN_TTL_SECONDS)),
  ADMIN_TOKEN("--admin-token", "CREGO_STUB_ADMIN_TOKEN", null),
  ADMIN_PORT("--admin-port", "CREGO_STUB_ADMIN_PORT", null),
  CHECK_RESPONSES("--check-responses", "CREGO_STUB_CHECK_RESPONSES", "log"),
  QUIET("--quiet", "CREGO_STUB_QUIET", "false"),
  JOURNAL("--journal", "CREGO_STUB_JOURNAL", String.valueOf(StubConfig.DEFAULT_JOURNAL_SIZE)),
  ADMIN_ORIGINS("--admin-origins", "CREGO_STUB_ADMIN_ORIGINS", null);

  private final String flag;
  private final String envVar;
  private final String defaultValue;

  Setting(String flag, String envVar, String defaultValue) {
    this.flag = flag;
    this.envVar = envVar;
    this.defaultValue = defaultValue;
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
}
