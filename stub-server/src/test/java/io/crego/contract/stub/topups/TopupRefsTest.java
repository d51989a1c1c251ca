package io.crego.contract.stub.topups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopupRefsTest {

  @Test
  void referencesAreUniqueAndShapedLikeTheVendors() {
    Set<String> seen = new HashSet<>();
    for (long n = 1; n <= 20_000; n++) {
      String ref = TopupRefs.of(n);
      assertTrue(ref.matches("TOP[0-9A-Z]{6}"), ref);
      assertTrue(seen.add(ref), "repeated " + ref);
    }
    assertEquals(TopupRefs.of(2_176_782_335L).length(), 9);
  }

  @Test
  void numbersOutsideTheCodeSpaceAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> TopupRefs.of(0));
    assertThrows(IllegalArgumentException.class, () -> TopupRefs.of(2_176_782_336L));
  }
}
