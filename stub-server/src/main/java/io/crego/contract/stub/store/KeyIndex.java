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

  /**
   * Document (by its insertion sequence) → the entry it is filed under, to move or drop it when the
   * document changes. Keyed by sequence rather than id: a new document's sequence is the largest
   * yet, so filing it walks the tree's most recently used path, where a random uuid would walk a
   * cold one (the difference is most of the cost of a write to a table of a million documents).
   */
  private final OrderedTree<Long, Entry> entryOfSeq;

  private final OrderedTree<Entry, String> idOfEntry;

  /** For a summing index: document → its amount, and key → the total of its documents. */
  private final OrderedTree<Long, BigDecimal> amountOfSeq;

  private final OrderedTree<String, BigDecimal> totalOfKey;

  private KeyIndex(
      Index<?> definition,
      OrderedTree<Long, Entry> entryOfSeq,
      OrderedTree<Entry, String> idOfEntry,
      OrderedTree<Long, BigDecimal> amountOfSeq,
      OrderedTree<String, BigDecimal> totalOfKey) {
    this.definition = definition;
    this.entryOfSeq = entryOfSeq;
    this.idOfEntry = idOfEntry;
    this.amountOfSeq = amountOfSeq;
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
   * Files the document (its model) under its key, with its amount when the index sums, in place of
   * what was filed for the same sequence; a null key takes it out.
   */
  KeyIndex with(String id, long seq, Object model) {
    KeyIndex without = without(seq);
    String key = definition.keyOf(model);
    if (key == null) {
      return without;
    }
    BigDecimal amount = definition.amountOf(model);
    Entry entry = new Entry(key, seq);
    OrderedTree<Long, BigDecimal> amounts = without.amountOfSeq;
    OrderedTree<String, BigDecimal> totals = without.totalOfKey;
    if (amount != null) {
      amounts = amounts.put(seq, amount);
      totals = totals.put(key, without.total(key).add(amount));
    }
    return new KeyIndex(
        definition,
        without.entryOfSeq.put(seq, entry),
        without.idOfEntry.put(entry, id),
        amounts,
        totals);
  }

  /** Takes out the document filed for the sequence, if any. */
  KeyIndex without(long seq) {
    Entry entry = entryOfSeq.get(seq);
    if (entry == null) {
      return this;
    }
    OrderedTree<Long, BigDecimal> amounts = amountOfSeq;
    OrderedTree<String, BigDecimal> totals = totalOfKey;
    BigDecimal amount = amountOfSeq.get(seq);
    if (amount != null) {
      amounts = amounts.remove(seq);
      BigDecimal rest = total(entry.key()).subtract(amount);
      // the last document of a key takes its total with it, so that totals never outgrow keys
      totals = count(entry.key()) == 1 ? totals.remove(entry.key()) : totals.put(entry.key(), rest);
    }
    return new KeyIndex(
        definition, entryOfSeq.remove(seq), idOfEntry.remove(entry), amounts, totals);
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
