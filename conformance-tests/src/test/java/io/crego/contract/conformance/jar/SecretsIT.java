package io.crego.contract.conformance.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CI pipeline passes secrets as flags ({@code --password "$CREGO_PASSWORD"}) or variables and
 * uploads the report folder: no secret may reach any file the jar writes, nor its output. Each run
 * fails a few tests on purpose (a collection bank the target lacks), so failure messages, the
 * exchange log and the failed-tests file all have something to say.
 */
class SecretsIT {

  private static final String PASSWORD = "pw-Main-7c1e9a";
  private static final String OTHER_PASSWORD = "pw-Other-3f5b2d";
  private static final String TOKEN = "tk-Dev-9d8e7f6a5b";

  @TempDir Path work;

  @Test
  void secretsGivenAsFlagsOrVariablesAreInNoFileTheRunWrites() throws Exception {
    StubConfig config =
        StubConfig.defaults()
            .withHost("127.0.0.1")
            .withPort(0)
            .withSeed("none")
            .withDevToken(TOKEN)
            .withUsers("qa:" + PASSWORD, "other:" + OTHER_PASSWORD)
            .withAccessLog(false);
    try (StubServer stub = StubServer.start(config)) {
      List<String> common =
          List.of(
              "--base-url", stub.baseUrl(),
              "--include-tags", "positive,auth,tenancy",
              "--operations",
                  "ping,getToken,refreshToken,createRecord,getRecord,markRecordProcessed",
              "--collection-bank-id", "00000000-0000-4000-8000-000000000000");
      Path byFlags = work.resolve("flags");
      String flagsOutput =
          run(
              concat(
                  common,
                  "--report-dir",
                  byFlags.toString(),
                  "--username",
                  "qa",
                  "--password",
                  PASSWORD,
                  "--second-username",
                  "other",
                  "--second-password",
                  OTHER_PASSWORD),
              Map.of());
      Path byVariables = work.resolve("variables");
      String variablesOutput =
          run(
              concat(common, "--report-dir", byVariables.toString()),
              Map.of(
                  "CREGO_USERNAME",
                  "qa",
                  "CREGO_PASSWORD",
                  PASSWORD,
                  "CREGO_SECOND_USERNAME",
                  "other",
                  "CREGO_SECOND_PASSWORD",
                  OTHER_PASSWORD));
      Path byToken = work.resolve("token");
      String tokenOutput =
          run(concat(common, "--report-dir", byToken.toString(), "--token", TOKEN), Map.of());

      for (String output : List.of(flagsOutput, variablesOutput, tokenOutput)) {
        assertTrue(output.contains(" failed"), output);
        assertNoSecret("the jar's output", output);
      }
      int files = 0;
      for (Path dir : List.of(byFlags, byVariables, byToken)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path file : walk.filter(Files::isRegularFile).toList()) {
            assertNoSecret(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            files++;
          }
        }
      }
      assertTrue(files >= 9, "each run writes at least its XML, HTML and failed-tests files");
    }
  }

  private static void assertNoSecret(String where, String text) {
    for (String secret : List.of(PASSWORD, OTHER_PASSWORD, TOKEN)) {
      assertTrue(!text.contains(secret), "a secret is in " + where);
    }
  }

  private static List<String> concat(List<String> first, String... more) {
    List<String> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return all;
  }

  /** Runs the jar; it must end with failures (exit 1), as the wrong collection bank makes it. */
  private static String run(List<String> args, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(SuiteJar.command(args)).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("CREGO_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the jar did not finish");
    assertEquals(1, process.exitValue(), output);
    return output;
  }
}
