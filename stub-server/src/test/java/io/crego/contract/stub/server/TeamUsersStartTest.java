package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A stub started for a team (several users, one company each) prepares only the first user's
 * company before it serves; the others are prepared in the background. Whoever calls first — a user
 * of a company still waiting its turn, or the admin API — sees each company whole.
 */
@Timeout(120)
class TeamUsersStartTest {

  private static final List<String> TEAM =
      List.of("admin:admin", "alice:a", "bob:b", "carol:c", "dave:d");

  @Test
  void everyUsersCompanyIsWholeWhenFirstCalledRightAfterStart() throws Exception {
    try (StubServer stub = startTeamStub()) {
      StubHttp http = StubHttp.to(stub);
      ExecutorService callers = Executors.newFixedThreadPool(TEAM.size());
      try {
        List<Future<Integer>> pending = new ArrayList<>();
        for (String user : TEAM.subList(1, TEAM.size())) {
          String[] parts = user.split(":");
          Callable<Integer> firstCall =
              () -> {
                String token = http.login(parts[0], parts[1]);
                Reply records = http.get("/v1/lms/records/?page_size=100", token);
                assertEquals(200, records.status(), records::toString);
                return records.json().path("count").asInt();
              };
          pending.add(callers.submit(firstCall));
        }
        int adminCount =
            http.get("/v1/lms/records/?page_size=100", stub.devToken())
                .json()
                .path("count")
                .asInt();
        assertTrue(adminCount > 0, "the first user's company is seeded");
        for (Future<Integer> count : pending) {
          assertEquals(adminCount, count.get(), "each company holds the whole demo seed");
        }
      } finally {
        callers.shutdownNow();
      }
    }
  }

  @Test
  void theAdminApiRightAfterStartSeesEveryCompanyPrepared() {
    try (StubServer stub = startTeamStub()) {
      Reply companies = StubHttp.to(stub).get("/__admin/crego/companies", null);
      assertEquals(200, companies.status(), companies::toString);

      Map<String, JsonNode> byUser = new HashMap<>();
      companies.json().path("companies").forEach(c -> byUser.put(c.path("user").asText(), c));
      assertEquals(TEAM.size(), byUser.size(), companies::toString);
      JsonNode first = byUser.get("admin").path("documents");
      for (JsonNode company : byUser.values()) {
        assertEquals(first, company.path("documents"), "the same demo documents: " + company);
      }
    }
  }

  private static StubServer startTeamStub() {
    return StubServer.start(
        StubConfig.defaults()
            .withPort(0)
            .withHost("127.0.0.1")
            .withAccessLog(false)
            .withUsers(TEAM.toArray(String[]::new)));
  }
}
