package io.crego.contract.conformance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Items that are the same for a reader (same key) collapsed into one group: how many there were,
 * the first of them, and the tests they came from. A bad target repeats one violation hundreds of
 * times; the report shows it once with a count.
 *
 * @param <T> what is grouped
 */
final class Repeats<T> {

  /**
   * One group.
   *
   * @param key what its items share
   * @param first the first item seen, shown for all of them
   * @param items every item, in the order seen
   * @param tests the distinct tests the items came from, in the order seen
   */
  record Group<T>(String key, T first, List<T> items, List<String> tests) {

    int count() {
      return items.size();
    }
  }

  private final Map<String, List<T>> items = new LinkedHashMap<>();
  private final Map<String, Set<String>> tests = new LinkedHashMap<>();

  void add(String key, T item, String test) {
    items.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    tests.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(test);
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  /** How many items there are in all. */
  int total() {
    return items.values().stream().mapToInt(List::size).sum();
  }

  /** The groups, largest first (the order first seen among equals). */
  List<Group<T>> groups() {
    List<Group<T>> groups = new ArrayList<>();
    items.forEach(
        (key, list) ->
            groups.add(
                new Group<>(key, list.get(0), List.copyOf(list), List.copyOf(tests.get(key)))));
    groups.sort(Comparator.comparingInt((Group<T> g) -> g.count()).reversed());
    return groups;
  }
}
