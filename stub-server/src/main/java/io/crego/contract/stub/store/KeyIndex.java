package io.crego.contract.stub.store;

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

  private KeyIndex(
      Index<?> definition,
      OrderedTree<String, Entry> entryOfId,
      OrderedTree<Entry, String> idOfEntry) {
    this.definition = definition;
    this.entryOfId = entryOfId;
    this.idOfEntry = idOfEntry;
  }

  static KeyIndex empty(Index<?> definition) {
    return new KeyIndex(definition, OrderedTree.empty(), OrderedTree.empty());
  }

  /** Reads every document of the table once. */
  static KeyIndex build(Index<?> definition, KindTable table) {
    KeyIndex[] built = {empty(definition)};
    table.forEach(
        (id, document) ->
            built[0] =
                built[0].with(
                    id,
                    document.seq(),
                    definition.keyOf(DocumentCodec.decode(definition.kind(), document))));
    return built[0];
  }

  Index<?> definition() {
    return definition;
  }

  /** Files the document under its (new) key; a null key takes it out. */
  KeyIndex with(String id, long seq, String key) {
    KeyIndex without = without(id);
    if (key == null) {
      return without;
    }
    Entry entry = new Entry(key, seq);
    return new KeyIndex(
        definition, without.entryOfId.put(id, entry), without.idOfEntry.put(entry, id));
  }

  KeyIndex without(String id) {
    Entry entry = entryOfId.get(id);
    if (entry == null) {
      return this;
    }
    return new KeyIndex(definition, entryOfId.remove(id), idOfEntry.remove(entry));
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
