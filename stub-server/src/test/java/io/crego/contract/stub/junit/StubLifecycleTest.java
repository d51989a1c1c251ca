package io.crego.contract.stub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.crego.contract.stub.server.SeedMode;
import io.crego.contract.stub.testing.StubHttp;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs sample test classes through JUnit itself and checks when stubs start, who shares them, and
 * that each is stopped after its class. (The samples are nested classes, which Surefire does not
 * run on their own.)
 */
class StubLifecycleTest {

  /** Base URL each sample test saw, by a name for that test. */
  private static final Map<String, String> SEEN = new ConcurrentHashMap<>();

  @Test
  void oneStubPerAnnotatedClassStoppedAfterIt() {
    SEEN.clear();

    EngineTestKit.engine("junit-jupiter")
        .selectors(
            selectClass(SampleWithNested.class),
            selectClass(OtherSample.class),
            selectClass(PerClassInstanceSample.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(6).succeeded(6));

    assertEquals(SEEN.get("first"), SEEN.get("second"), "a class's tests share its stub");
    assertEquals(SEEN.get("first"), SEEN.get("nested"), "a plain @Nested class shares it too");
    assertNotEquals(SEEN.get("first"), SEEN.get("own nested"), "an annotated @Nested has its own");
    assertNotEquals(SEEN.get("first"), SEEN.get("other class"));
    assertEquals(SEEN.get("per-class constructor"), SEEN.get("per-class method"));
    SEEN.values().forEach(url -> assertFalse(StubHttp.to(url).answers(), url + " still answers"));
  }

  @CregoStub
  static class SampleWithNested {
    @Test
    void first(@CregoStubUrl String url) {
      SEEN.put("first", url);
    }

    @Test
    void second(@CregoStubUrl String url) {
      SEEN.put("second", url);
    }

    @Nested
    class Plain {
      @Test
      void nested(@CregoStubUrl String url) {
        SEEN.put("nested", url);
      }
    }

    @Nested
    @CregoStub(seed = SeedMode.NONE)
    class WithItsOwn {
      @Test
      void ownNested(@CregoStubUrl String url) {
        SEEN.put("own nested", url);
      }
    }
  }

  @CregoStub
  static class OtherSample {
    @Test
    void other(@CregoStubUrl String url) {
      SEEN.put("other class", url);
    }
  }

  /** With one instance per class, the constructor runs before any before-all callback. */
  @CregoStub
  @TestInstance(Lifecycle.PER_CLASS)
  static class PerClassInstanceSample {
    PerClassInstanceSample(@CregoStubUrl String url) {
      SEEN.put("per-class constructor", url);
    }

    @Test
    void method(@CregoStubUrl String url) {
      SEEN.put("per-class method", url);
    }
  }
}
