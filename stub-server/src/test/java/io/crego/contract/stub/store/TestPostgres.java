package io.crego.contract.stub.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use, named by {@code CREGO_TEST_POSTGRES_URL} (a JDBC URL of a
 * database on it whose user may create databases; {@code .ci/postgres.sh} starts one). Without it
 * the tests that need a server are skipped with a message saying so, except in CI ({@code
 * CI=true}), where they fail: CI never skips them silently.
 */
public final class TestPostgres {

  public static final String URL_VARIABLE = "CREGO_TEST_POSTGRES_URL";

  private static final Pattern DATABASE =
      Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

  private TestPostgres() {}

  /** The JDBC URL of a new, empty database on the test server, for one test alone. */
  public static String freshDatabase() {
    String url = serverUrl();
    Matcher parts = DATABASE.matcher(url);
    if (!parts.matches()) {
      fail(URL_VARIABLE + " is not a jdbc:postgresql://HOST[:PORT]/DB URL: " + url);
    }
    String name = "crego_t_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      fail("Cannot create a test database on " + url + ": " + e.getMessage(), e);
    }
    return parts.group(1) + name + parts.group(3);
  }

  private static String serverUrl() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      String howTo = "set " + URL_VARIABLE + " (eval \"$(.ci/postgres.sh)\" starts a server)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but no PostgreSQL server for the PostgreSQL store's tests: " + howTo);
      }
      String message = "Skipped: no PostgreSQL server for this test; " + howTo;
      // Also on the console: a class skipped from its @BeforeAll shows in Surefire's counts as
      // no test at all, not as skipped.
      System.err.println(message);
      Assumptions.assumeTrue(false, message);
    }
    return url.trim();
  }
}
