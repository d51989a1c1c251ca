package io.crego.contract.stub.server;

import io.crego.contract.stub.auth.StubUser;
import io.crego.contract.stub.core.ResponseCheck;
import io.crego.contract.stub.store.StoreLocation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Everything the stub is started with. From the command line, {@link ConfigResolver} fills it flag
 * → environment variable → default; from Java, start from {@link #defaults()} and change what a
 * test needs: {@code StubConfig.defaults().withPort(0).withSeed("none")}.
 *
 * @param host the address to bind, e.g. {@code 0.0.0.0} (all) or {@code 127.0.0.1}
 * @param port the port, 0 for any free one
 * @param devToken a bearer token that is always accepted, for the first user's company
 * @param store where state is kept: in memory, in SQLite across restarts, or in PostgreSQL shared
 *     by several stub processes
 * @param seed what a company's data starts as
 * @param users who can log in with Get Token; the first is the default user
 * @param tokenTtl how long an issued access token lives
 * @param adminToken the bearer token the admin routes need, or null for open admin routes
 * @param adminPort the loopback port that alone serves the admin routes and the health check (0 for
 *     any free one), or null to serve them on the public port
 * @param responseCheck whether responses are checked against the contract before they are sent
 * @param accessLog whether each call is logged on standard output
 * @param journalSize how many of the latest requests WireMock's request journal keeps for {@code
 *     /__admin/requests} and request verification; 0 turns the journal off
 * @param adminOrigins web origins besides the stub's own whose pages may call the admin routes
 *     (e.g. {@code http://localhost:3000}); empty for same-origin only
 */
public record StubConfig(
    String host,
    int port,
    String devToken,
    StoreLocation store,
    SeedMode seed,
    List<StubUser> users,
    Duration tokenTtl,
    String adminToken,
    Integer adminPort,
    ResponseCheck responseCheck,
    boolean accessLog,
    int journalSize,
    List<String> adminOrigins) {

  public static final String DEFAULT_HOST = "0.0.0.0";
  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_DEV_TOKEN = "crego-dev-token";
  public static final String DEFAULT_USER = "admin:admin";
  public static final int DEFAULT_TOKEN_TTL_SECONDS = 900;
  public static final Duration REFRESH_TOKEN_TTL = Duration.ofHours(24);
  public static final int DEFAULT_JOURNAL_SIZE = 1000;
  public static final int MAX_JOURNAL_SIZE = 100_000;

  public StubConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(devToken, "devToken");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(tokenTtl, "tokenTtl");
    Objects.requireNonNull(responseCheck, "responseCheck");
    users = List.copyOf(users);
    adminOrigins = List.copyOf(adminOrigins);
    if (users.isEmpty()) {
      throw new IllegalArgumentException("at least one user is needed");
    }
    if (journalSize < 0 || journalSize > MAX_JOURNAL_SIZE) {
      throw new IllegalArgumentException(
          "journalSize must be 0-" + MAX_JOURNAL_SIZE + ", got " + journalSize);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, got " + port);
    }
    if (adminPort != null && (adminPort < 0 || adminPort > 65535)) {
      throw new IllegalArgumentException("adminPort must be 0-65535, got " + adminPort);
    }
    if (adminPort != null && adminPort != 0 && adminPort == port) {
      throw new IllegalArgumentException("adminPort must differ from port " + port);
    }
  }

  public static StubConfig defaults() {
    return new StubConfig(
        DEFAULT_HOST,
        DEFAULT_PORT,
        DEFAULT_DEV_TOKEN,
        new StoreLocation.Memory(),
        SeedMode.DEMO,
        List.of(StubUser.parse(DEFAULT_USER)),
        Duration.ofSeconds(DEFAULT_TOKEN_TTL_SECONDS),
        null,
        null,
        ResponseCheck.LOG,
        true,
        DEFAULT_JOURNAL_SIZE,
        List.of());
  }

  public StubConfig withHost(String host) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  public StubConfig withPort(int port) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  public StubConfig withDevToken(String devToken) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  /** State in SQLite in {@code dataDir}, or in memory when it is null. */
  public StubConfig withDataDir(Path dataDir) {
    return withStore(
        dataDir == null ? new StoreLocation.Memory() : new StoreLocation.Sqlite(dataDir));
  }

  public StubConfig withStore(StoreLocation store) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  /** The SQLite store's directory, or null when state is kept elsewhere. */
  public Path dataDir() {
    return store instanceof StoreLocation.Sqlite sqlite ? sqlite.dir() : null;
  }

  public StubConfig withSeed(SeedMode seed) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  /** {@code demo} or {@code none}. */
  public StubConfig withSeed(String seed) {
    return withSeed(SeedMode.parse(seed));
  }

  public StubConfig withUsers(List<StubUser> users) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  /** Users as {@code name:password}; the first is the default user. */
  public StubConfig withUsers(String... users) {
    return withUsers(Arrays.stream(users).map(StubUser::parse).toList());
  }

  public StubConfig withTokenTtl(Duration tokenTtl) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  public StubConfig withAdminToken(String adminToken) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  /**
   * Serves the admin routes and the health check on this loopback port only; null: on the public
   * port.
   */
  public StubConfig withAdminPort(Integer adminPort) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  public StubConfig withResponseCheck(ResponseCheck responseCheck) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  public StubConfig withAccessLog(boolean accessLog) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  public StubConfig withJournalSize(int journalSize) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  public StubConfig withAdminOrigins(List<String> adminOrigins) {
    return new StubConfig(
        host,
        port,
        devToken,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        responseCheck,
        accessLog,
        journalSize,
        adminOrigins);
  }

  /** The default user: the dev token and open calls without a token act for their company. */
  public StubUser defaultUser() {
    return users.get(0);
  }

  /** Tokens and passwords redacted. */
  @Override
  public String toString() {
    return "StubConfig[host="
        + host
        + ", port="
        + port
        + ", devToken=***, store="
        + store.describe()
        + ", seed="
        + seed.cliName()
        + ", users="
        + users.stream().map(StubUser::username).toList()
        + ", tokenTtl="
        + tokenTtl.toSeconds()
        + "s, adminToken="
        + (adminToken == null ? "(none)" : "***")
        + ", adminPort="
        + (adminPort == null ? "(public port)" : adminPort)
        + ", responseCheck="
        + responseCheck
        + ", accessLog="
        + accessLog
        + ", journalSize="
        + journalSize
        + ", adminOrigins="
        + adminOrigins
        + "]";
  }
}
