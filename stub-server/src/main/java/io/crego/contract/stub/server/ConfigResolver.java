package io.crego.contract.stub.server;

import io.crego.contract.stub.auth.StubUser;
import io.crego.contract.stub.core.ResponseCheck;
import io.crego.contract.stub.http.AdminPort;
import io.crego.contract.stub.store.StoreLocation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves every {@link Setting} in one place, command-line flag first, then its environment
 * variable, then its default, and checks them all at once: one run reports every problem.
 */
final class ConfigResolver {

  static final long MAX_TOKEN_TTL_SECONDS = 365L * 24 * 3600;

  /** The user and password variables for a store URL that names none. */
  static final String STORE_USER = "CREGO_STUB_STORE_USER";

  static final String STORE_PASSWORD = "CREGO_STUB_STORE_PASSWORD";

  private final Map<Setting, List<String>> flags;
  private final Map<String, String> env;
  private final List<String> problems = new ArrayList<>();

  private ConfigResolver(Map<Setting, List<String>> flags, Map<String, String> env) {
    this.flags = flags;
    this.env = env;
  }

  /**
   * @param flags the values given on the command line, by setting (several for {@code --user})
   * @param env the environment
   * @param checkPortFree whether to also check that nothing listens on the port already
   * @throws InvalidConfigException naming every problem
   */
  static StubConfig resolve(
      Map<Setting, List<String>> flags, Map<String, String> env, boolean checkPortFree) {
    return new ConfigResolver(flags, env).resolve(checkPortFree);
  }

  private StubConfig resolve(boolean checkPortFree) {
    Integer port = port();
    String host = host();
    String token = token(Setting.TOKEN);
    StoreLocation store = store();
    SeedMode seed = seed();
    List<StubUser> users = users();
    Duration tokenTtl = tokenTtl();
    String adminToken = token(Setting.ADMIN_TOKEN);
    Integer adminPort = adminPort(port);
    ResponseCheck check = responseCheck();
    Boolean quiet = quiet();
    int journalSize = journalSize();
    List<String> adminOrigins = adminOrigins();
    if (problems.isEmpty() && checkPortFree && port != 0) {
      checkPortFree(host, port, Setting.PORT);
    }
    if (problems.isEmpty() && checkPortFree && adminPort != null && adminPort != 0) {
      checkPortFree(AdminPort.LOOPBACK, adminPort, Setting.ADMIN_PORT);
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(problems);
    }
    return new StubConfig(
        host,
        port,
        token,
        store,
        seed,
        users,
        tokenTtl,
        adminToken,
        adminPort,
        check,
        !quiet,
        journalSize,
        adminOrigins);
  }

  /** The value and where it came from, or null when the setting is unset and has no default. */
  private record Value(String text, String source) {}

  private List<Value> values(Setting setting) {
    List<String> given = flags.getOrDefault(setting, List.of());
    if (!given.isEmpty()) {
      return given.stream().map(v -> new Value(v, setting.flag())).toList();
    }
    String fromEnv = env.get(setting.envVar());
    if (fromEnv != null && !fromEnv.isBlank()) {
      if (setting == Setting.USERS) {
        return Arrays.stream(fromEnv.split(","))
            .map(String::trim)
            .map(v -> new Value(v, setting.envVar()))
            .toList();
      }
      return List.of(new Value(fromEnv.trim(), setting.envVar()));
    }
    return setting.defaultValue() == null
        ? List.of()
        : List.of(new Value(setting.defaultValue(), "default"));
  }

  private Value value(Setting setting) {
    List<Value> values = values(setting);
    return values.isEmpty() ? null : values.get(values.size() - 1);
  }

  private void problem(Setting setting, Value value, String message) {
    String where =
        value == null || value.source().equals(setting.flag()) || value.source().equals("default")
            ? setting.flag()
            : setting.flag() + " (from " + value.source() + ")";
    problems.add(where + ": " + message);
  }

  private Integer port() {
    Value value = value(Setting.PORT);
    try {
      int port = Integer.parseInt(value.text().trim());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(
        Setting.PORT,
        value,
        "must be a port number from 0 to 65535 (0 = any free port), got \"" + value.text() + "\"");
    return 0;
  }

  /** Off unless given; a number like {@code --port}, and not the public port itself. */
  private Integer adminPort(int publicPort) {
    Value value = value(Setting.ADMIN_PORT);
    if (value == null) {
      return null;
    }
    try {
      int adminPort = Integer.parseInt(value.text().trim());
      if (adminPort >= 0 && adminPort <= 65535) {
        if (adminPort != 0 && adminPort == publicPort) {
          problem(Setting.ADMIN_PORT, value, "must differ from --port " + publicPort);
        }
        return adminPort;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(
        Setting.ADMIN_PORT,
        value,
        "must be a port number from 0 to 65535 (0 = any free port), got \"" + value.text() + "\"");
    return null;
  }

  private String host() {
    Value value = value(Setting.HOST);
    try {
      InetAddress.getByName(value.text());
      return value.text();
    } catch (UnknownHostException e) {
      problem(Setting.HOST, value, "is not an address of this machine: \"" + value.text() + "\"");
      return StubConfig.DEFAULT_HOST;
    }
  }

  private String token(Setting setting) {
    Value value = value(setting);
    if (value == null) {
      return null;
    }
    if (value.text().isBlank() || value.text().chars().anyMatch(Character::isWhitespace)) {
      problem(setting, value, "must be a non-empty token without spaces");
    }
    return value.text();
  }

  /**
   * {@code --store}, or the older {@code --data-dir} (the same as {@code --store sqlite:DIR}); not
   * both, and memory when neither is given.
   */
  private StoreLocation store() {
    Value store = value(Setting.STORE);
    Value dataDir = value(Setting.DATA_DIR);
    if (store != null && dataDir != null) {
      problem(
          Setting.STORE,
          store,
          "give either it or "
              + Setting.DATA_DIR.flag()
              + " (the same as --store sqlite:DIR), not both");
      return new StoreLocation.Memory();
    }
    if (store == null) {
      Path dir = dataDir == null ? null : checkedDir(Setting.DATA_DIR, dataDir, dataDir.text());
      return dir == null ? new StoreLocation.Memory() : new StoreLocation.Sqlite(dir);
    }
    StoreLocation location;
    try {
      location = StoreLocation.parse(store.text(), env.get(STORE_USER), env.get(STORE_PASSWORD));
    } catch (IllegalArgumentException e) {
      problem(Setting.STORE, store, e.getMessage());
      return new StoreLocation.Memory();
    }
    if (location instanceof StoreLocation.Sqlite sqlite) {
      checkedDir(Setting.STORE, store, sqlite.dir().toString());
    }
    return location;
  }

  /** A directory the stub can keep SQLite files in (existing, or creatable); null if invalid. */
  private Path checkedDir(Setting setting, Value value, String text) {
    Path dir;
    try {
      dir = Path.of(text).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      problem(setting, value, "is not a valid path: " + e.getMessage());
      return null;
    }
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        problem(setting, value, dir + " exists and is not a directory");
      } else if (!Files.isReadable(dir) || !Files.isWritable(dir)) {
        problem(setting, value, dir + " is not readable and writable by this user");
      }
      return dir;
    }
    Path parent = dir.getParent();
    while (parent != null && !Files.exists(parent)) {
      parent = parent.getParent();
    }
    if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
      problem(setting, value, dir + " does not exist and cannot be created here");
    }
    return dir;
  }

  private SeedMode seed() {
    Value value = value(Setting.SEED);
    try {
      return SeedMode.parse(value.text());
    } catch (IllegalArgumentException e) {
      problem(Setting.SEED, value, e.getMessage());
      return SeedMode.DEMO;
    }
  }

  private List<StubUser> users() {
    List<StubUser> users = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Value value : values(Setting.USERS)) {
      try {
        StubUser user = StubUser.parse(value.text());
        if (!names.add(user.username())) {
          problem(Setting.USERS, value, "user " + user.username() + " is given twice");
        }
        users.add(user);
      } catch (IllegalArgumentException e) {
        problem(Setting.USERS, value, e.getMessage());
      }
    }
    if (users.isEmpty()) {
      users.add(StubUser.parse(StubConfig.DEFAULT_USER));
    }
    return users;
  }

  private Duration tokenTtl() {
    Value value = value(Setting.TOKEN_TTL);
    try {
      long seconds = Long.parseLong(value.text().trim());
      if (seconds >= 1 && seconds <= MAX_TOKEN_TTL_SECONDS) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(
        Setting.TOKEN_TTL,
        value,
        "must be whole seconds from 1 to "
            + MAX_TOKEN_TTL_SECONDS
            + ", got \""
            + value.text()
            + "\"");
    return Duration.ofSeconds(StubConfig.DEFAULT_TOKEN_TTL_SECONDS);
  }

  private List<String> adminOrigins() {
    Value value = value(Setting.ADMIN_ORIGINS);
    List<String> origins = new ArrayList<>();
    if (value == null) {
      return origins;
    }
    for (String part : value.text().split(",")) {
      String origin = part.trim();
      if (origin.isEmpty()) {
        continue;
      }
      if (!origin.matches("(?i)https?://[^/\\s]+/?")) {
        problem(
            Setting.ADMIN_ORIGINS,
            value,
            "each origin is scheme://host[:port], e.g. http://localhost:3000, got \""
                + origin
                + "\"");
      }
      origins.add(origin);
    }
    return origins;
  }

  private int journalSize() {
    Value value = value(Setting.JOURNAL);
    try {
      int size = Integer.parseInt(value.text().trim());
      if (size >= 0 && size <= StubConfig.MAX_JOURNAL_SIZE) {
        return size;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(
        Setting.JOURNAL,
        value,
        "must be a number of requests from 0 (off) to "
            + StubConfig.MAX_JOURNAL_SIZE
            + ", got \""
            + value.text()
            + "\"");
    return StubConfig.DEFAULT_JOURNAL_SIZE;
  }

  private ResponseCheck responseCheck() {
    Value value = value(Setting.CHECK_RESPONSES);
    try {
      return ResponseCheck.valueOf(value.text().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problem(
          Setting.CHECK_RESPONSES,
          value,
          "must be one of off, log, enforce, got \"" + value.text() + "\"");
      return ResponseCheck.LOG;
    }
  }

  private Boolean quiet() {
    Value value = value(Setting.QUIET);
    String text = value.text().trim().toLowerCase(Locale.ROOT);
    if (text.equals("true") || text.equals("1") || text.equals("yes")) {
      return true;
    }
    if (text.equals("false") || text.equals("0") || text.equals("no")) {
      return false;
    }
    problem(Setting.QUIET, value, "must be true or false, got \"" + value.text() + "\"");
    return false;
  }

  private void checkPortFree(String host, int port, Setting setting) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      problems.add("port " + port + " is in use; choose another with " + setting.flag());
    }
  }
}
