package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.auth.StubUser;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.testing.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two users are two companies: neither sees what the other stored. */
class CompanyIsolationTest {

  private static RunningStub stub;
  private static String alice;
  private static String bob;

  @BeforeAll
  static void start() {
    stub =
        RunningStub.start(
            RunningStub.testConfig().withSeed("none").withUsers("alice:a-pass", "bob:b-pass"));
    alice = AuthTest.login(stub, "alice", "a-pass").path("access").asText();
    bob = AuthTest.login(stub, "bob", "b-pass").path("access").asText();
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  @Test
  void eachUserHasACompanyOfTheirOwn() {
    String aliceCompany =
        stub.call("GET", "/auth/ping/").auth(alice).send().json().path("company_id").asText();
    String bobCompany =
        stub.call("GET", "/auth/ping/").auth(bob).send().json().path("company_id").asText();
    assertNotEquals(aliceCompany, bobCompany);
    assertEquals(
        aliceCompany,
        stub.call("GET", "/auth/ping/").devToken().send().json().path("company_id").asText(),
        "the dev token belongs to the first user");
  }

  @Test
  void aRecordOneUserCreatesIsInvisibleToTheOther() {
    JsonNode account =
        ValidRequests.resolve(CregoSpec.get().raw().at("/components/examples/Account"))
            .path("value");
    String accountId = account.path("id").asText();
    String aliceCompany = new StubUser("alice", "unused").companyId();
    Reply imported =
        stub.call("PUT", "/__admin/crego/state")
            .json(
                "{\"companies\": {\""
                    + aliceCompany
                    + "\": {\"accounts\": {\""
                    + accountId
                    + "\": "
                    + account
                    + "}}}}")
            .send();
    assertEquals(200, imported.status(), imported.body());

    ObjectNode body =
        (ObjectNode)
            Json.read(
                ValidRequests.body(
                    CregoSpec.get().operation(OperationIds.CREATE_RECORD).orElseThrow()),
                JsonNode.class);
    body.put("account_id", accountId);
    Reply created = stub.call("POST", "/v1/lms/records/").auth(alice).json(body.toString()).send();
    assertEquals(201, created.status(), created.body());
    String id = created.json().path("id").asText();

    assertEquals(200, stub.call("GET", "/v1/lms/records/" + id + "/").auth(alice).send().status());
    stub.call("GET", "/v1/lms/records/" + id + "/").auth(bob).send().isError(404, "NOT_FOUND");
    JsonNode bobsList = stub.call("GET", "/v1/lms/records/").auth(bob).send().json();
    assertEquals(0, bobsList.path("count").asInt(), bobsList.toString());
    stub.call("POST", "/v1/lms/records/")
        .auth(bob)
        .json(body.toString())
        .send()
        .isError(404, "NOT_FOUND")
        .hasFieldError("body", "/account_id");
  }
}
