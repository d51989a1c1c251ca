package io.crego.contract.stub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.server.SeedMode;
import io.crego.contract.stub.testing.StubHttp;
import org.junit.jupiter.api.Test;

/** The annotation's options reach the stub. */
@CregoStub(
    seed = SeedMode.NONE,
    users = {"alice:pw-a", "bob:pw-b"},
    token = "team-token")
class CregoStubOptionsTest {

  @Test
  void theDevTokenIsTheOneAskedFor(@CregoStubUrl String url, @CregoStubToken String token) {
    assertEquals("team-token", token);
    assertEquals(200, StubHttp.to(url).get("/auth/ping/", token).status());
  }

  @Test
  void theUsersAreTheOnesAskedFor(CregoStubHandle stub) {
    String bob = stub.login("bob", "pw-b");

    assertTrue(
        StubHttp.to(stub.baseUrl()).get("/auth/ping/", bob).body().contains("\"company_id\""));
    assertThrows(IllegalStateException.class, () -> stub.login("admin", "admin"));
  }

  @Test
  void noSeedMeansNoData(@CregoStubUrl String url, @CregoStubToken String token) {
    String records = StubHttp.to(url).get("/v1/lms/records/", token).body();

    assertTrue(records.contains("\"count\":0"), records);
  }
}
