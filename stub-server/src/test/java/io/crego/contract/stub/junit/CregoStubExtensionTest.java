package io.crego.contract.stub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.testing.StubHttp;
import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link CregoStub} with its defaults: what a test gets and what it can do with it. */
@CregoStub
class CregoStubExtensionTest {

  private final CregoStubHandle fromConstructor;

  CregoStubExtensionTest(CregoStubHandle stub) {
    this.fromConstructor = stub;
  }

  @Test
  void injectsTheUrlTokenAndHandleOfOneStub(
      @CregoStubUrl String url,
      @CregoStubUrl URI uri,
      @CregoStubToken String token,
      CregoStubHandle stub) {
    assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+"), url);
    assertEquals(URI.create(url), uri);
    assertEquals("crego-dev-token", token);
    assertEquals(url, stub.baseUrl());
    assertEquals(URI.create(url + "/auth/ping/"), stub.url("/auth/ping/"));
    assertEquals(uri.getPort(), stub.port());
    assertSame(fromConstructor, stub, "constructor and method share the class's stub");
  }

  @Test
  void theInjectedTokenIsAccepted(@CregoStubUrl String url, @CregoStubToken String token) {
    assertEquals(200, StubHttp.to(url).get("/auth/ping/", token).status());
    assertEquals(401, StubHttp.to(url).get("/auth/ping/", "not-a-token").status());
  }

  @Test
  void theDemoDataIsThere(@CregoStubUrl String url, @CregoStubToken String token) {
    String records = StubHttp.to(url).get("/v1/lms/records/", token).body();

    assertTrue(!records.contains("\"count\":0"), records);
  }

  @Test
  void loginGivesAWorkingToken(CregoStubHandle stub) {
    String token = stub.login("admin", "admin");

    assertEquals(200, StubHttp.to(stub.baseUrl()).get("/auth/ping/", token).status());
  }

  @Test
  void aRefusedLoginSaysWhy(CregoStubHandle stub) {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> stub.login("admin", "wrong"));

    assertTrue(refused.getMessage().contains("answered 401"), refused.getMessage());
  }

  @Test
  void resetForgetsStateUntilTheNextCall(CregoStubHandle stub) {
    StubHttp.to(stub.baseUrl()).get("/auth/ping/", stub.token());

    stub.reset();

    assertEquals(
        "{\"companies\":[]}",
        StubHttp.to(stub.baseUrl()).get("/__admin/crego/companies", null).body());
  }

  @Nested
  class ANestedClass {
    @Test
    void sharesTheEnclosingClassesStub(CregoStubHandle stub) {
      assertSame(fromConstructor, stub);
    }
  }
}
