package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.store.TestPostgres;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import io.crego.contract.stub.testing.TeamComposeFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "one stub for a whole team" set-up of {@code docker-compose.team.yml} without Docker: one
 * PostgreSQL database, two stub replicas, and a real nginx with the compose file's own
 * load-balancer configuration in front of them. A developer talks only to the balancer: logs in,
 * writes, reads; each client stays on one replica ({@code ip_hash}); when that replica dies the
 * balancer moves the client to the other, which serves everything the dead one acknowledged; and
 * the stub's own answers (a JSON 413 for a body over its limit) come through, not nginx's pages.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TeamBalancerTest {

  private static final String PROBE_HEADER = "X-Team-Probe";

  private static final Pattern TEST_DATABASE =
      Pattern.compile("^jdbc:postgresql://([^/]+)/([^?]+)(.*)$");
  private static final Pattern TEST_USER = Pattern.compile("[?&]user=([^&]+)");

  @Test
  void aTeamBehindTheComposeBalancerKeepsItsStateWhenItsReplicaDies(@TempDir Path dir)
      throws Exception {
    String database = TestPostgres.freshDatabase();
    try (StubProcess stubA = start(database, dir, "stub-a");
        StubProcess stubB = start(database, dir, "stub-b");
        BalancerProcess balancer =
            BalancerProcess.start(dir.resolve("nginx"), port(stubA), port(stubB))) {
      StubHttp team = StubHttp.to(balancer.baseUrl());

      Reply login =
          team.json(
              "POST", "/auth/login/", null, "{\"username\":\"admin\",\"password\":\"admin\"}");
      assertEquals(200, login.status(), () -> login + "\n" + balancer.errorLog());
      String token = login.json().path("access").asText();
      Demo demo = Demo.of(team, token);

      StubProcess serving = servingReplica(team, token, stubA, stubB);
      StubProcess other = serving == stubA ? stubB : stubA;

      Reply created =
          team.json(
              "POST",
              "/v1/lms/records/",
              token,
              ReplicasTest.recordBody(demo.account(), "75", null));
      assertEquals(201, created.status(), created::toString);
      String record = created.json().path("id").asText();

      serving.kill();

      // Reads first: nginx retries a GET that fails to connect on the other replica, and takes the
      // dead one out of rotation for the writes that follow.
      for (int i = 0; i < 10; i++) {
        Reply read = team.get("/v1/lms/records/" + record + "/", token);
        assertEquals(
            200, read.status(), () -> "after the kill: " + read + "\n" + balancer.errorLog());
        assertEquals(created.json(), read.json(), "what the dead replica acknowledged");
      }
      Reply processed =
          team.json(
              "PUT",
              "/v1/lms/records/" + record + "/mark_processed/",
              token,
              "{\"utr\":\"TEAM-"
                  + UUID.randomUUID().toString().substring(0, 8)
                  + "\",\"settled_at\":1718610125,\"collection_bank_id\":\""
                  + demo.bank()
                  + "\"}");
      assertEquals(200, processed.status(), () -> processed + "\n" + balancer.errorLog());
      StubHttp direct = StubHttp.to(other.baseUrl());
      assertEquals(
          processed.json(),
          direct.get("/v1/lms/records/" + record + "/", token).json(),
          "the survivor holds the write the balancer sent it");

      // A body over the stub's 1 MiB limit, under nginx's client_max_body_size: the stub answers.
      byte[] big =
          ("{\"remark\":\"" + "x".repeat(1_500_000) + "\"}").getBytes(StandardCharsets.UTF_8);
      Reply tooBig =
          team.send(
              "POST",
              "/v1/lms/records/",
              Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token),
              big);
      assertEquals(413, tooBig.status(), tooBig::toString);
      assertEquals("PAYLOAD_TOO_LARGE", tooBig.json().path("code").asText(), tooBig::toString);
    }
  }

  /**
   * The replica nginx keeps this client on: the one whose request journal holds each of ten probe
   * calls made through the balancer (and the other holds none of them).
   */
  private static StubProcess servingReplica(
      StubHttp team, String token, StubProcess stubA, StubProcess stubB) {
    List<String> probes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String probe = UUID.randomUUID().toString();
      probes.add(probe);
      Reply ping =
          team.send(
              "GET",
              "/auth/ping/",
              Map.of("Authorization", "Bearer " + token, PROBE_HEADER, probe),
              null);
      assertEquals(200, ping.status(), ping::toString);
    }
    int onA = probesIn(stubA, probes);
    int onB = probesIn(stubB, probes);
    assertEquals(10, onA + onB, "every probe reached a replica once");
    assertTrue(
        onA == 0 || onB == 0, () -> "ip_hash keeps a client on one replica: " + onA + "/" + onB);
    return onA > 0 ? stubA : stubB;
  }

  private static int probesIn(StubProcess stub, List<String> probes) {
    Reply journal = StubHttp.to(stub.baseUrl()).get("/__admin/requests?limit=200", null);
    assertEquals(200, journal.status(), journal::toString);
    int found = 0;
    for (JsonNode served : journal.json().path("requests")) {
      String probe = served.path("request").path("headers").path(PROBE_HEADER).asText();
      if (probes.contains(probe)) {
        found++;
      }
    }
    return found;
  }

  /**
   * A replica as the compose file configures it: its container's variables (the users, quiet, the
   * store and its credentials), but for where things are on loopback: the store's host, port and
   * database are the test's own (and its user, when the test server names one); the launcher's
   * {@code --host}/{@code --port} options put it on a free loopback port instead of 0.0.0.0:8080.
   */
  private static StubProcess start(String database, Path dir, String name) {
    Map<String, String> variables = TeamComposeFile.read().replicaEnvironment(name);
    Matcher test = TEST_DATABASE.matcher(database);
    assertTrue(test.matches(), database);
    variables.put("CREGO_STUB_STORE", "postgresql://" + test.group(1) + "/" + test.group(2));
    Matcher user = TEST_USER.matcher(test.group(3));
    if (user.find()) {
      variables.put("CREGO_STUB_STORE_USER", user.group(1));
    }
    return StubProcess.start(variables, dir.resolve(name + ".log"));
  }

  private static int port(StubProcess stub) {
    int port = URI.create(stub.baseUrl()).getPort();
    assertNotEquals(-1, port, stub.baseUrl());
    return port;
  }
}
