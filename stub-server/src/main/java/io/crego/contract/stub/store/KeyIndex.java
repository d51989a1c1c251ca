package io.crego.contract.stub.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@link Index} as built over one kind's documents: for each key, the ids of the documents with
 * that key in insertion order. Immutable like the {@link KindTable} it belongs to; a write makes
 * the next one in O(log n).
 */
final class KeyIndex {

  /** Orders entries by key, then by the document's insertion sequence. */
  private record Entry(String key, long seq) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      int byKey = key.compareTo(other.key);
      return byKey != 0 ? byKey : Long.compare(seq, other.seq);
    }
  }

  private final Index<?> definition;

  /** id → the entry it is filed under, to move or drop it when the document changes. */
  private final OrderedTree<String, Entry> entryOfId;

  private final OrderedTree<Entry, String> idOfEntry;

  /** For a summing index: id → the document's amount, and key → the total of its documents. */
  private final OrderedTree<String, BigDecimal> amountOfId;

  private final OrderedTree<String, BigDecimal> totalOfKey;

  private KeyIndex(
      Index<?> definition,
      OrderedTree<String, Entry> entryOfId,
      OrderedTree<Entry, String> idOfEntry,
      OrderedTree<String, BigDecimal> amountOfId,
      OrderedTree<String, BigDecimal> totalOfKey) {
    this.definition = definition;
    this.entryOfId = entryOfId;
    this.idOfEntry = idOfEntry;
    this.amountOfId = amountOfId;
    this.totalOfKey = totalOfKey;
  }

  static KeyIndex empty(Index<?> definition) {
    return new KeyIndex(
        definition,
        OrderedTree.empty(),
        OrderedTree.empty(),
        OrderedTree.empty(),
        OrderedTree.empty());
  }

  /** Reads every document of the table once. */
  static KeyIndex build(Index<?> definition, KindTable table) {
    KeyIndex[] built = {empty(definition)};
    table.forEach(
        (id, document) ->
            built[0] =
                built[0].with(
                    id, document.seq(), DocumentCodec.decode(definition.kind(), document)));
    return built[0];
  }

  Index<?> definition() {
    return definition;
  }

  /**
   * Files the document (its model) under its key, with its amount when the index sums; a null key
   * takes it out.
   */
  KeyIndex with(String id, long seq, Object model) {
    KeyIndex without = without(id);
    String key = definition.keyOf(model);
    if (key == null) {
      return without;
    }
    BigDecimal amount = definition.amountOf(model);
    Entry entry = new Entry(key, seq);
    OrderedTree<String, BigDecimal> amounts = without.amountOfId;
    OrderedTree<String, BigDecimal> totals = without.totalOfKey;
    if (amount != null) {
      amounts = amounts.put(id, amount);
      totals = totals.put(key, without.total(key).add(amount));
    }
    return new KeyIndex(
        definition,
        without.entryOfId.put(id, entry),
        without.idOfEntry.put(entry, id),
        amounts,
        totals);
  }

  KeyIndex without(String id) {
    Entry entry = entryOfId.get(id);
    if (entry == null) {
      return this;
    }
    OrderedTree<String, BigDecimal> amounts = amountOfId;
    OrderedTree<String, BigDecimal> totals = totalOfKey;
    BigDecimal amount = amountOfId.get(id);
    if (amount != null) {
      amounts = amounts.remove(id);
      BigDecimal rest = total(entry.key()).subtract(amount);
      // the last document of a key takes its total with it, so that totals never outgrow keys
      totals = count(entry.key()) == 1 ? totals.remove(entry.key()) : totals.put(entry.key(), rest);
    }
    return new KeyIndex(definition, entryOfId.remove(id), idOfEntry.remove(entry), amounts, totals);
  }

  /** The total of the amounts of the documents filed under the key; zero when there are none. */
  BigDecimal total(String key) {
    BigDecimal total = totalOfKey.get(key);
    return total == null ? BigDecimal.ZERO : total;
  }

  int count(String key) {
    return last(key) - first(key);
  }

  /** The ids filed under the key, oldest first. */
  List<String> ids(String key) {
    List<String> ids = new ArrayList<>();
    for (int position = first(key); position < last(key); position++) {
      ids.add(idOfEntry.at(position).value());
    }
    return ids;
  }

  /** The ids filed under the key, newest first, from offset on, at most limit of them. */
  List<String> newestFirst(String key, int offset, int limit) {
    List<String> ids = new ArrayList<>();
    int first = first(key);
    for (int position = last(key) - 1 - offset;
        position >= first && ids.size() < limit;
        position--) {
      ids.add(idOfEntry.at(position).value());
    }
    return ids;
  }

  private int first(String key) {
    return idOfEntry.rank(new Entry(key, Long.MIN_VALUE));
  }

  private int last(String key) {
    return idOfEntry.rank(new Entry(key, Long.MAX_VALUE));
  }
}
