package io.crego.contract.stub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.testing.StubHttp;
import org.junit.jupiter.api.RepeatedTest;

/**
 * With {@code resetBeforeEach}, every test starts from an empty store that is seeded on its first
 * call, whatever the tests before it did.
 */
@CregoStub(resetBeforeEach = true)
class ResetBeforeEachTest {

  @RepeatedTest(2)
  void startsFromNothing(@CregoStubUrl String url, @CregoStubToken String token) {
    assertEquals("{\"companies\":[]}", companies(url));

    StubHttp.to(url).get("/auth/ping/", token);

    assertTrue(companies(url).contains("\"documents\""), companies(url));
  }

  private static String companies(String url) {
    return StubHttp.to(url).get("/__admin/crego/companies", null).body();
  }
}
