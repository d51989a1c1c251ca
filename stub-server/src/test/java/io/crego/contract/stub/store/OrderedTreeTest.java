package io.crego.contract.stub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The persistent tree agrees with {@link TreeMap} under random changes, and old versions stay. */
class OrderedTreeTest {

  @Test
  void agreesWithATreeMapUnderRandomPutsAndRemoves() {
    Random random = new Random(7);
    OrderedTree<Integer, String> tree = OrderedTree.empty();
    TreeMap<Integer, String> expected = new TreeMap<>();
    for (int step = 0; step < 20_000; step++) {
      int key = random.nextInt(2_000);
      if (random.nextInt(3) == 0) {
        tree = tree.remove(key);
        expected.remove(key);
      } else {
        tree = tree.put(key, "v" + step);
        expected.put(key, "v" + step);
      }
      if (step % 1_000 == 0) {
        assertSame(expected, tree);
      }
    }
    assertSame(expected, tree);
  }

  @Test
  void aChangeLeavesTheVersionItStartedFromAsItWas() {
    OrderedTree<Integer, String> before =
        OrderedTree.<Integer, String>empty().put(1, "a").put(2, "b");

    OrderedTree<Integer, String> after = before.put(2, "changed").remove(1).put(3, "c");

    assertEquals("b", before.get(2));
    assertEquals("a", before.get(1));
    assertNull(before.get(3));
    assertEquals(2, before.size());
    assertEquals(List.of("changed", "c"), values(after));
  }

  @Test
  void removingAnAbsentKeyGivesTheSameTree() {
    OrderedTree<Integer, String> tree = OrderedTree.<Integer, String>empty().put(1, "a");
    assertEquals(tree, tree.remove(2));
  }

  private static void assertSame(
      TreeMap<Integer, String> expected, OrderedTree<Integer, String> tree) {
    assertEquals(expected.size(), tree.size());
    List<Map.Entry<Integer, String>> entries = new ArrayList<>(expected.entrySet());
    for (int position = 0; position < entries.size(); position += 37) {
      assertEquals(entries.get(position).getKey(), tree.at(position).key());
      assertEquals(entries.get(position).getValue(), tree.at(position).value());
      assertEquals(position, tree.rank(entries.get(position).getKey()));
    }
    assertEquals(new ArrayList<>(expected.values()), values(tree));
    for (int key = -1; key < 2_001; key += 13) {
      assertEquals(expected.get(key), tree.get(key));
      assertEquals(expected.headMap(key).size(), tree.rank(key));
    }
  }

  private static List<String> values(OrderedTree<Integer, String> tree) {
    List<String> values = new ArrayList<>();
    tree.forEach((key, value) -> values.add(value));
    return values;
  }
}
