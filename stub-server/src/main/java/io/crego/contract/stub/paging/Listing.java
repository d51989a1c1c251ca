package io.crego.contract.stub.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The items a list operation matches, in the order it lists them, and the page asked for. The store
 * hands documents out oldest first (insertion order), which every order here starts from.
 *
 * @param matching every matching item, in listing order (the envelope's {@code count})
 * @param page the page asked for
 */
public record Listing<T>(List<T> matching, PageRequest page) {

  /** The matching items, last created first. */
  public static <T> Listing<T> newestFirst(
      List<T> oldestFirst, Predicate<T> filter, PageRequest page) {
    List<T> matching = new ArrayList<>(oldestFirst.stream().filter(filter).toList());
    Collections.reverse(matching);
    return new Listing<>(matching, page);
  }

  /** Matching items by {@code order}; items it ranks equal stay oldest first (a stable sort). */
  public static <T> Listing<T> sorted(
      List<T> matchingOldestFirst, Comparator<T> order, PageRequest page) {
    return new Listing<>(matchingOldestFirst.stream().sorted(order).toList(), page);
  }

  public int count() {
    return matching.size();
  }

  public List<T> results() {
    return page.slice(matching);
  }
}
