package io.crego.contract.stub.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefIdsTest {

  @Test
  void recordReferencesAreUniqueAndShapedLikeTheVendors() {
    Set<String> seen = new HashSet<>();
    for (long n = 1; n <= 50_000; n++) {
      String ref = RefIds.record(n);
      assertTrue(ref.matches("REC[0-9A-Z]{5}"), ref);
      assertTrue(seen.add(ref), "repeated " + ref + " at " + n);
    }
  }

  @Test
  void consecutiveReferencesDoNotLookConsecutive() {
    Set<Character> lastCharacters = new HashSet<>();
    Set<Character> firstCharacters = new HashSet<>();
    for (long n = 1; n <= 8; n++) {
      String code = RefIds.record(n).substring(3);
      lastCharacters.add(code.charAt(4));
      firstCharacters.add(code.charAt(0));
    }
    assertTrue(lastCharacters.size() > 4 && firstCharacters.size() > 4);
    assertNotEquals(RefIds.record(1).substring(3), RefIds.account(1).substring(3, 8));
  }

  @Test
  void otherReferences() {
    assertTrue(RefIds.account(1).matches("CL[0-9A-Z]{6}"));
    assertTrue(RefIds.loan(1).matches("LN[0-9A-Z]{6}"));
    assertEquals("PAY0004211", RefIds.payout(4211));
    assertThrows(IllegalArgumentException.class, () -> RefIds.record(0));
  }
}
