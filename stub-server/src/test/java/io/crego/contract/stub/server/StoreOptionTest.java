package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.store.StoreLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --store} / {@code CREGO_STUB_STORE}: memory, sqlite:DIR, a PostgreSQL URL. */
class StoreOptionTest {

  private static StubConfig resolve(Map<String, String> env, String store) {
    Map<Setting, List<String>> flags = new EnumMap<>(Setting.class);
    if (store != null) {
      flags.put(Setting.STORE, List.of(store));
    }
    return ConfigResolver.resolve(flags, env, false);
  }

  private static StoreLocation.Postgres postgres(Map<String, String> env, String store) {
    return (StoreLocation.Postgres) resolve(env, store).store();
  }

  /** Exit code and standard error of one command-line run that is expected not to start. */
  private record Refusal(int exitCode, String err) {}

  private static Refusal refuse(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StubMain main =
        new StubMain(
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    int exitCode = main.execute(args);
    if (main.server() != null) {
      main.server().close();
    }
    return new Refusal(exitCode, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void memoryIsTheDefault() {
    assertEquals(new StoreLocation.Memory(), resolve(Map.of(), null).store());
    assertEquals(new StoreLocation.Memory(), resolve(Map.of(), "memory").store());
    assertNull(resolve(Map.of(), null).dataDir());
  }

  @Test
  void sqliteDirIsTheSameAsDataDir(@TempDir Path dir) {
    StubConfig fromStore = resolve(Map.of(), "sqlite:" + dir);
    Map<Setting, List<String>> dataDir = new EnumMap<>(Setting.class);
    dataDir.put(Setting.DATA_DIR, List.of(dir.toString()));
    StubConfig fromDataDir = ConfigResolver.resolve(dataDir, Map.of(), false);

    assertEquals(new StoreLocation.Sqlite(dir.toAbsolutePath().normalize()), fromStore.store());
    assertEquals(fromStore, fromDataDir);
    assertEquals(dir.toAbsolutePath().normalize(), fromDataDir.dataDir());
  }

  @Test
  void aPostgresUrlGivesTheDriverItsUrlAndTheCredentialsApart() {
    StoreLocation.Postgres store =
        postgres(Map.of(), "postgresql://ann:s%40cret@db.example:5433/crego?sslmode=disable");

    assertEquals("jdbc:postgresql://db.example:5433/crego?sslmode=disable", store.jdbcUrl());
    assertEquals("ann", store.user());
    assertEquals("s@cret", store.password());
  }

  @Test
  void credentialsComeFromTheVariablesWhenTheUrlHasNone() {
    Map<String, String> env =
        Map.of(
            "CREGO_STUB_STORE", "postgres://db/crego",
            "CREGO_STUB_STORE_USER", "env-user",
            "CREGO_STUB_STORE_PASSWORD", "env-password");

    StoreLocation.Postgres fromEnv = postgres(env, null);
    assertEquals("jdbc:postgresql://db/crego", fromEnv.jdbcUrl());
    assertEquals("env-user", fromEnv.user());
    assertEquals("env-password", fromEnv.password());

    StoreLocation.Postgres urlWins = postgres(env, "postgresql://url-user:url-pw@db/crego");
    assertEquals("url-user", urlWins.user());
    assertEquals("url-pw", urlWins.password());

    StoreLocation.Postgres jdbc = postgres(env, "jdbc:postgresql://db:5432/crego?ssl=true");
    assertEquals("jdbc:postgresql://db:5432/crego?ssl=true", jdbc.jdbcUrl());
    assertEquals("env-user", jdbc.user());
  }

  @Test
  void passwordsAreNeverShown() {
    StubConfig config = resolve(Map.of(), "postgresql://ann:hunter2@db/crego");
    assertFalse(config.toString().contains("hunter2"), config.toString());
    assertTrue(config.toString().contains("jdbc:postgresql://db/crego as ann"), config.toString());
    String jdbc =
        resolve(Map.of(), "jdbc:postgresql://db/crego?user=ann&password=hunter2").toString();
    assertFalse(jdbc.contains("hunter2"), jdbc);
  }

  @Test
  void badValuesExitWithAOneLineReasonEach(@TempDir Path dir) {
    Map<String, String> refusals =
        Map.of(
            "bogus", "must be one of memory, sqlite:DIR, postgresql://",
            "sqlite:", "sqlite: needs a directory",
            "postgresql://db", "needs a database name",
            "postgresql:///crego", "needs a host",
            "postgresql://db/cr ego", "is not a valid PostgreSQL URL",
            "jdbc:postgresql:///crego", "needs a host");
    refusals.forEach(
        (value, reason) -> {
          Refusal run = refuse(Map.of(), "--store", value, "--port", "0");
          assertEquals(2, run.exitCode(), value + ": " + run.err());
          List<String> lines = run.err().lines().filter(l -> l.startsWith("  --store")).toList();
          assertEquals(1, lines.size(), value + ": " + run.err());
          assertTrue(lines.get(0).contains(reason), value + ": " + run.err());
        });

    Refusal both = refuse(Map.of(), "--store", "memory", "--data-dir", dir.toString());
    assertEquals(2, both.exitCode(), both.err());
    assertTrue(both.err().contains("not both"), both.err());
  }

  @Test
  void anUnreachableDatabaseStopsTheStartInOneLine() {
    Refusal run =
        refuse(Map.of(), "--store", "postgresql://ann:hunter2@127.0.0.1:1/crego", "--port", "0");

    assertEquals(1, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(
        run.err()
            .startsWith(
                "crego-stub: cannot start: Cannot connect to the PostgreSQL database"
                    + " jdbc:postgresql://127.0.0.1:1/crego"),
        run.err());
    assertFalse(run.err().contains("hunter2"), run.err());
  }
}
