package io.crego.contract.stub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HashTrieTest {

  /**
   * Keys made of "Aa" and "BB" blocks, which have equal String hashes: every key of a given length
   * collides with every other, so collision nodes are made, grown, shrunk and split.
   */
  private static List<String> collidingKeys() {
    List<String> keys = new ArrayList<>();
    for (int bits = 0; bits < 16; bits++) {
      StringBuilder key = new StringBuilder();
      for (int block = 0; block < 4; block++) {
        key.append((bits >> block & 1) == 0 ? "Aa" : "BB");
      }
      keys.add(key.toString());
    }
    return keys;
  }

  @Test
  void agreesWithAHashMapUnderRandomPutsAndRemoves() {
    List<String> keys = new ArrayList<>(collidingKeys());
    for (int i = 0; i < 3_000; i++) {
      keys.add(UUID.nameUUIDFromBytes(("key" + i).getBytes()).toString());
    }
    for (int i = 0; i < 300; i++) {
      keys.add(Integer.toString(i)); // short keys whose hashes share their low bits
    }
    Random random = new Random(42);
    Map<String, Integer> expected = new HashMap<>();
    HashTrie<String, Integer> trie = HashTrie.empty();
    for (int step = 0; step < 60_000; step++) {
      String key = keys.get(random.nextInt(keys.size()));
      if (random.nextInt(3) == 0) {
        expected.remove(key);
        trie = trie.remove(key);
      } else {
        expected.put(key, step);
        trie = trie.put(key, step);
      }
      if (step % 5_000 == 0 || step > 59_900) {
        assertAgrees(expected, trie, keys);
      }
    }
    // and down to nothing: every emptied node must go
    for (String key : keys) {
      expected.remove(key);
      trie = trie.remove(key);
    }
    assertAgrees(expected, trie, keys);
    assertEquals(0, trie.size());
  }

  @Test
  void collidingKeysAreKeptApartAndSplitFromOthers() {
    List<String> colliding = collidingKeys();
    HashTrie<String, String> trie = HashTrie.empty();
    for (String key : colliding) {
      trie = trie.put(key, "v-" + key);
    }
    trie = trie.put("other", "v-other"); // lands beside the collision node, maybe at its level
    for (String key : colliding) {
      assertEquals("v-" + key, trie.get(key));
    }
    assertEquals("v-other", trie.get("other"));
    assertEquals(colliding.size() + 1, trie.size());
    for (String key : colliding.subList(1, colliding.size())) {
      trie = trie.remove(key);
    }
    assertEquals("v-" + colliding.get(0), trie.get(colliding.get(0)));
    assertEquals("v-other", trie.get("other"));
    assertNull(trie.get(colliding.get(1)));
    assertEquals(2, trie.size());
  }

  @Test
  void aChangeLeavesTheVersionItStartedFromAsItWas() {
    HashTrie<String, Integer> before = HashTrie.empty();
    for (int i = 0; i < 2_000; i++) {
      before = before.put("k" + i, i);
    }
    HashTrie<String, Integer> after = before.put("k7", -7).remove("k8").put("new", 1);

    assertEquals(7, before.get("k7"));
    assertEquals(8, before.get("k8"));
    assertNull(before.get("new"));
    assertEquals(2_000, before.size());
    assertEquals(-7, after.get("k7"));
    assertNull(after.get("k8"));
    assertEquals(2_000, after.size());
  }

  @Test
  void removingAnAbsentKeyGivesTheSameTrie() {
    HashTrie<String, Integer> trie = HashTrie.<String, Integer>empty().put("a", 1);
    assertSame(trie, trie.remove("b"));
  }

  private static void assertAgrees(
      Map<String, Integer> expected, HashTrie<String, Integer> trie, List<String> keys) {
    assertEquals(expected.size(), trie.size());
    for (String key : keys) {
      assertEquals(expected.get(key), trie.get(key), key);
    }
  }
}
