package io.crego.contract.stub.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the stub keeps its state, as {@code --store} names it: {@code memory}, {@code sqlite:DIR}
 * or a PostgreSQL URL ({@code postgresql://user:password@host:port/db} or {@code
 * jdbc:postgresql://host:port/db?user=...}).
 */
public sealed interface StoreLocation {

  /** Every form {@code --store} takes, for help and messages. */
  String FORMS =
      "memory, sqlite:DIR, postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB or jdbc:postgresql://...";

  /** Opens (connecting, creating or migrating as needed) the store. */
  Store open();

  /** For the start-up banner and messages; never shows a password. */
  String describe();

  /** State in this process's memory, lost on exit. */
  record Memory() implements StoreLocation {
    @Override
    public Store open() {
      return new InMemoryStore();
    }

    @Override
    public String describe() {
      return "in memory (lost on exit)";
    }
  }

  /** State in SQLite in a directory of this machine, for one process (the {@code --data-dir}). */
  record Sqlite(Path dir) implements StoreLocation {
    @Override
    public Store open() {
      return new SqliteStore(dir);
    }

    @Override
    public String describe() {
      return dir.toString();
    }
  }

  /**
   * State in a PostgreSQL database that any number of stub processes can share.
   *
   * @param jdbcUrl the driver's URL, without user and password unless given as its parameters
   * @param user null when the URL names none
   * @param password null when the URL gives none
   */
  record Postgres(String jdbcUrl, String user, String password) implements StoreLocation {
    @Override
    public Store open() {
      return new PostgresStore(jdbcUrl, user, password);
    }

    @Override
    public String describe() {
      return withoutPassword(jdbcUrl) + (user == null ? "" : " as " + user) + " (PostgreSQL)";
    }

    @Override
    public String toString() {
      return "Postgres[" + describe() + "]";
    }
  }

  /**
   * Reads a {@code --store} value.
   *
   * @param user the user when the URL names none (e.g. from {@code CREGO_STUB_STORE_USER}), or null
   * @param password likewise the password, or null
   * @throws IllegalArgumentException with a one-line message naming what is wrong
   */
  static StoreLocation parse(String text, String user, String password) {
    String value = text == null ? "" : text.trim();
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.equals("memory")) {
      return new Memory();
    }
    if (lower.startsWith("sqlite:")) {
      String dir = value.substring("sqlite:".length());
      if (dir.isBlank()) {
        throw new IllegalArgumentException("sqlite: needs a directory, e.g. sqlite:./stub-data");
      }
      try {
        return new Sqlite(Path.of(dir).toAbsolutePath().normalize());
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException("is not a valid path: " + e.getMessage());
      }
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return postgresJdbc(value, user, password);
    }
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      return postgresUrl(value, user, password);
    }
    throw new IllegalArgumentException("must be one of " + FORMS + ", got \"" + value + "\"");
  }

  /** A JDBC URL goes to the driver as it is; the driver reads user and password parameters. */
  private static Postgres postgresJdbc(String value, String user, String password) {
    URI uri = uri(value.substring("jdbc:".length()), value);
    requireHostAndDatabase(uri, value);
    return new Postgres(value, user, password);
  }

  /** A libpq-style URL: the driver takes no user:password@, so they are taken out here. */
  private static Postgres postgresUrl(String value, String user, String password) {
    URI uri = uri(value, value);
    requireHostAndDatabase(uri, value);
    String fromUrlUser = null;
    String fromUrlPassword = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      fromUrlUser = decode(parts[0]);
      fromUrlPassword = parts.length > 1 ? decode(parts[1]) : null;
    }
    String jdbcUrl =
        "jdbc:postgresql://"
            + uri.getHost()
            + (uri.getPort() == -1 ? "" : ":" + uri.getPort())
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return new Postgres(
        jdbcUrl,
        fromUrlUser != null && !fromUrlUser.isEmpty() ? fromUrlUser : user,
        fromUrlPassword != null ? fromUrlPassword : password);
  }

  private static URI uri(String text, String given) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "is not a valid PostgreSQL URL (" + e.getReason() + "): " + withoutPassword(given));
    }
  }

  private static void requireHostAndDatabase(URI uri, String given) {
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException(
          "a PostgreSQL URL needs a host, e.g. postgresql://db:5432/crego, got "
              + withoutPassword(given));
    }
    if (uri.getPath() == null || uri.getPath().length() <= 1) {
      throw new IllegalArgumentException(
          "a PostgreSQL URL needs a database name, e.g. postgresql://db:5432/crego, got "
              + withoutPassword(given));
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** The URL with any password (user info or parameter) replaced by {@code ***}. */
  static String withoutPassword(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***")
        .replaceAll("(//[^/@:]*):[^/@]*@", "$1:***@");
  }
}
