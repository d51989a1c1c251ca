package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.testing.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --data-dir}, the tokens a stub issued still work after it restarts on the same
 * directory: an app's stored login survives the developer restarting the stub. Without one, a
 * restart forgets them.
 */
class TokensAcrossRestartsTest {

  @TempDir Path dataDir;

  private static StubConfig config(Path dataDir) {
    return RunningStub.testConfig().withSeed("none").withDataDir(dataDir);
  }

  private static JsonNode login(RunningStub stub) {
    Reply reply =
        stub.call("POST", "/auth/login/")
            .json("{\"username\": \"admin\", \"password\": \"admin\", \"type\": \"staff\"}")
            .send();
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  private static Reply refresh(RunningStub stub, String token) {
    return stub.call("POST", "/auth/tokens/refresh/")
        .json("{\"refresh\": \"" + token + "\"}")
        .send();
  }

  @Test
  void issuedTokensWorkAfterARestartOnTheSameDataDir() throws IOException {
    JsonNode pair;
    JsonNode rotated;
    String usedRefresh;
    try (RunningStub stub = RunningStub.start(config(dataDir))) {
      pair = login(stub);
      JsonNode second = login(stub);
      usedRefresh = second.path("refresh").asText();
      Reply refreshed = refresh(stub, usedRefresh);
      assertEquals(200, refreshed.status(), refreshed.body());
      rotated = refreshed.json();
    }

    try (RunningStub restarted = RunningStub.start(config(dataDir))) {
      Reply ping = restarted.call("GET", "/auth/ping/").auth(pair.path("access").asText()).send();
      assertEquals(200, ping.status(), "the access token after a restart: " + ping.body());
      assertEquals(
          200,
          restarted
              .call("GET", "/auth/ping/")
              .auth(rotated.path("access").asText())
              .send()
              .status(),
          "a token issued by a refresh, too");
      refresh(restarted, usedRefresh)
          .isError(401, "UNAUTHORIZED")
          .hasFieldError("body", "/refresh");
      assertTrue(
          refresh(restarted, usedRefresh).body().contains("already been used"),
          "a used refresh token stays used across the restart");
      assertEquals(200, refresh(restarted, pair.path("refresh").asText()).status());
    }
    assertTokensAreNotWrittenInClear(pair.path("access").asText());
  }

  @Test
  void withoutADataDirARestartForgetsTheTokens() {
    String access;
    try (RunningStub stub = RunningStub.start(RunningStub.testConfig().withSeed("none"))) {
      access = login(stub).path("access").asText();
    }
    try (RunningStub restarted = RunningStub.start(RunningStub.testConfig().withSeed("none"))) {
      restarted.call("GET", "/auth/ping/").auth(access).send().isError(401, "UNAUTHORIZED");
    }
  }

  @Test
  void expiredTokensStayExpiredAfterARestart() throws InterruptedException {
    StubConfig shortLived = config(dataDir).withTokenTtl(Duration.ofSeconds(1));
    String access;
    try (RunningStub stub = RunningStub.start(shortLived)) {
      access = login(stub).path("access").asText();
    }
    Thread.sleep(1_100);
    try (RunningStub restarted = RunningStub.start(shortLived)) {
      restarted.call("GET", "/auth/ping/").auth(access).send().isError(401, "TOKEN_EXPIRED");
    }
  }

  /** Only digests go to disk: the token itself is nowhere in the data directory. */
  private void assertTokensAreNotWrittenInClear(String token) throws IOException {
    try (Stream<Path> files = Files.list(dataDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(content.contains(token), file + " holds the token in clear");
      }
    }
  }
}
