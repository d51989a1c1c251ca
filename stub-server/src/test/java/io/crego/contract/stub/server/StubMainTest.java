package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.core.ResponseCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, version, bad options, and flag → environment → default resolution. */
class StubMainTest {

  /** One run of the command line, with what it printed. */
  private record Run(int exitCode, String out, String err, StubServer server) {}

  private static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StubMain main =
        new StubMain(
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    int exitCode = main.execute(args);
    return new Run(
        exitCode,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        main.server());
  }

  @Test
  void helpListsEveryFlagWithItsDefaultAndVariable() {
    Run run = run(Map.of(), "--help");
    assertEquals(0, run.exitCode());
    String help = run.out().replaceAll("\\s+", " ");
    for (Setting setting : Setting.values()) {
      assertTrue(
          help.contains(setting.flag() + "=") || help.contains(setting.flag() + " "),
          setting.flag() + " in\n" + run.out());
      assertTrue(help.contains(setting.envVar()), setting.envVar() + " in\n" + run.out());
      if (setting.defaultValue() != null) {
        assertTrue(
            help.contains("Default: " + setting.defaultValue()),
            "default of " + setting.flag() + " in\n" + run.out());
      }
    }
    assertTrue(help.contains("--help"));
    assertTrue(help.contains("--version"));
    assertTrue(help.contains("in memory only"), "says tokens do not survive restarts");
    assertNull(run.server());
  }

  @Test
  void versionPrintsTheVersion() {
    Run run = run(Map.of(), "--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("crego-stub "), run.out());
  }

  @Test
  void anUnknownFlagFailsWithUsage() {
    Run run = run(Map.of(), "--prot", "8080");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--prot"), run.err());
  }

  @Test
  void everyBadValueIsReportedInOneRun() {
    Run run =
        run(
            Map.of("CREGO_STUB_SEED", "lots"),
            "--port",
            "80800",
            "--token-ttl",
            "-5",
            "--user",
            "nopassword",
            "--check-responses",
            "sometimes",
            "--journal",
            "lots");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--journal: must be a number of requests"), run.err());
    assertTrue(run.err().contains("--port: must be a port number"), run.err());
    assertTrue(run.err().contains("--seed (from CREGO_STUB_SEED)"), run.err());
    assertTrue(run.err().contains("--token-ttl"), run.err());
    assertTrue(run.err().contains("--user"), run.err());
    assertTrue(run.err().contains("--check-responses"), run.err());
    assertNull(run.server());
  }

  @Test
  void aPortInUseSaysSo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      Run run = run(Map.of(), "--host", "127.0.0.1", "--port", String.valueOf(port));
      assertEquals(2, run.exitCode());
      assertTrue(
          run.err().contains("port " + port + " is in use; choose another with --port"), run.err());
    }
  }

  @Test
  void aDataDirThatIsAFileIsRefused(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("state"), "not a directory");
    Run run = run(Map.of(), "--data-dir", file.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--data-dir"), run.err());
    assertTrue(run.err().contains("not a directory"), run.err());
  }

  @Test
  void environmentVariablesFillWhatFlagsDoNotSay() {
    Map<String, String> env =
        Map.of(
            "CREGO_STUB_PORT", "9123",
            "CREGO_STUB_HOST", "127.0.0.1",
            "CREGO_STUB_TOKEN", "env-token",
            "CREGO_STUB_SEED", "none",
            "CREGO_STUB_USERS", "ann:x, ben:y",
            "CREGO_STUB_TOKEN_TTL", "60",
            "CREGO_STUB_ADMIN_TOKEN", "env-admin",
            "CREGO_STUB_CHECK_RESPONSES", "enforce",
            "CREGO_STUB_QUIET", "true",
            "CREGO_STUB_JOURNAL", "50");
    Map<Setting, List<String>> flags = new EnumMap<>(Setting.class);
    flags.put(Setting.PORT, List.of("9124"));
    StubConfig config = ConfigResolver.resolve(flags, env, false);

    assertEquals(9124, config.port(), "a flag wins over its variable");
    assertEquals("127.0.0.1", config.host());
    assertEquals("env-token", config.devToken());
    assertEquals(SeedMode.NONE, config.seed());
    assertEquals(List.of("ann", "ben"), StubServer.usernames(config));
    assertEquals(Duration.ofSeconds(60), config.tokenTtl());
    assertEquals("env-admin", config.adminToken());
    assertEquals(ResponseCheck.ENFORCE, config.responseCheck());
    assertEquals(false, config.accessLog());
    assertEquals(50, config.journalSize());
  }

  @Test
  void defaultsApplyWhenNothingIsSaid() {
    StubConfig config = ConfigResolver.resolve(Map.of(), Map.of(), false);
    assertEquals(StubConfig.defaults(), config);
    assertEquals(8080, config.port());
    assertEquals("crego-dev-token", config.devToken());
    assertEquals(List.of("admin"), StubServer.usernames(config));
    assertEquals(1000, config.journalSize());
  }

  @Test
  void theConfigNeverPrintsSecrets() {
    String text = StubConfig.defaults().withAdminToken("very-secret").toString();
    assertTrue(!text.contains("very-secret") && !text.contains("crego-dev-token"), text);
    assertTrue(!text.contains("admin:admin"), text);
  }

  @Test
  void theJavaApiRefusesNonsenseAtOnce() {
    assertThrows(IllegalArgumentException.class, () -> StubConfig.defaults().withPort(70000));
    assertThrows(IllegalArgumentException.class, () -> StubConfig.defaults().withSeed("lots"));
  }

  @Test
  void aStartedStubPrintsWhereItIs() {
    Run run =
        run(
            Map.of("CREGO_STUB_USERS", "cli:pw"),
            "--port",
            "0",
            "--host",
            "127.0.0.1",
            "--seed",
            "none",
            "--quiet");
    try {
      assertEquals(0, run.exitCode(), run.err());
      assertNotNull(run.server());
      String base = run.server().baseUrl();
      assertTrue(run.out().contains("listening on  " + base), run.out());
      assertTrue(run.out().contains("crego-dev-token"), run.out());
      assertTrue(run.out().contains(base + "/openapi.yaml"), run.out());
      assertTrue(run.out().contains(base + "/__admin/crego/"), run.out());
      assertTrue(run.out().contains("cli"), run.out());
    } finally {
      if (run.server() != null) {
        run.server().close();
      }
    }
  }
}
