package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.store.TestPostgres;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on PostgreSQL, as a team runs it: {@code java -jar crego-stub.jar --store URL}
 * finds its driver and its migrations inside the jar, creates the schema and serves the demo
 * company; a second start on the same database finds the schema in place.
 */
class PostgresJarIT {

  private static final Path JAR = Path.of("target", "crego-stub.jar");

  @Test
  void javaDashJarServesFromPostgresAndStartsAgainOnTheSameSchema(@TempDir Path dir)
      throws Exception {
    String url = TestPostgres.freshDatabase();
    Map<String, String> token = Map.of("Authorization", "Bearer " + StubConfig.DEFAULT_DEV_TOKEN);
    String created;
    try (StubProcess stub =
        StubProcess.startJar(JAR, List.of(), dir.resolve("first.log"), "--store", url)) {
      StubHttp http = StubHttp.to(stub.baseUrl());
      Reply pending = http.send("GET", "/v1/lms/records/?status=pending&page_size=15", token, null);
      assertEquals(200, pending.status(), pending.toString());
      assertTrue(pending.json().path("count").asInt() > 0, "no pending demo records: " + pending);
      Demo demo = Demo.of(http, StubConfig.DEFAULT_DEV_TOKEN);
      Reply create =
          http.json(
              "POST",
              "/v1/lms/records/",
              StubConfig.DEFAULT_DEV_TOKEN,
              ReplicasTest.recordBody(demo.account(), "42.00", null));
      assertEquals(201, create.status(), create.toString());
      created = create.json().path("id").asText();
    }
    try (StubProcess again =
        StubProcess.startJar(JAR, List.of(), dir.resolve("again.log"), "--store", url)) {
      StubHttp http = StubHttp.to(again.baseUrl());
      Reply kept = http.send("GET", "/v1/lms/records/" + created + "/", token, null);
      assertEquals(200, kept.status(), "the record created before the restart: " + kept);
    }
  }
}
