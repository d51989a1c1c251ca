package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.auth.StubUser;
import io.crego.contract.stub.store.StoreLocation;
import io.crego.contract.stub.testing.TeamComposeFile;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docker-compose.team.yml} as the stub inside each replica's container reads it. Docker
 * cannot run in every build (and compose is not on every machine), so the replicas' environment is
 * checked here the way the stub resolves it: the Dockerfile's {@code ENV} lines, then the service's
 * {@code environment}. {@code robustness/TeamBalancerTest} runs the file's nginx configuration in
 * front of two replicas started with that environment.
 */
class TeamComposeFileTest {

  private final TeamComposeFile compose = TeamComposeFile.read();

  @Test
  void everyVariableTheReplicasAreGivenIsOneTheStubReads() {
    Set<String> read =
        Arrays.stream(Setting.values())
            .map(Setting::envVar)
            .collect(Collectors.toCollection(HashSet::new));
    read.add(ConfigResolver.STORE_USER);
    read.add(ConfigResolver.STORE_PASSWORD);
    for (String replica : TeamComposeFile.REPLICAS) {
      for (String variable : compose.replicaEnvironment(replica).keySet()) {
        assertTrue(
            read.contains(variable),
            replica + " is given " + variable + ", which the stub does not read (a misspelling?)");
      }
    }
  }

  @Test
  void eachReplicaServesThePortTheBalancerCallsAndSharesThePostgresService() {
    Map<String, Object> database = compose.postgresEnvironment();
    String site = compose.siteConfig();

    for (String replica : TeamComposeFile.REPLICAS) {
      StubConfig config =
          ConfigResolver.resolve(Map.of(), compose.replicaEnvironment(replica), false);

      assertEquals("0.0.0.0", config.host(), replica + " must listen beyond its container");
      assertTrue(
          site.contains("server " + replica + ":" + config.port()),
          "the balancer calls " + replica + " on the port it listens on, " + config.port());
      StoreLocation.Postgres store = assertInstanceOf(StoreLocation.Postgres.class, config.store());
      assertEquals(
          "jdbc:postgresql://postgres:5432/" + database.get("POSTGRES_DB"),
          store.jdbcUrl(),
          replica + "'s store is the postgres service's database");
      assertEquals(database.get("POSTGRES_USER"), store.user(), replica + "'s database user");
      assertEquals(
          database.get("POSTGRES_PASSWORD"), store.password(), replica + "'s database password");
      assertTrue(
          config.users().contains(new StubUser("admin", "admin")),
          "the README's team section logs in as admin:admin");
      assertFalse(config.accessLog(), replica + " is quiet");
    }
  }
}
