package io.crego.contract.stub.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The documents of one kind in one company snapshot: by id (a {@link HashTrie}), and by insertion
 * sequence for ordered reads. Immutable (a write makes the next table in O(log n), sharing the
 * rest), except that the {@link Index indexes} asked of it are built on first use and remembered,
 * which changes nothing a reader can see.
 */
final class KindTable {

  static final KindTable EMPTY =
      new KindTable(HashTrie.empty(), OrderedTree.empty(), new ConcurrentHashMap<>());

  /** A document and its id, as the sequence order holds them. */
  record Located(String id, StoredDocument document) {}

  private final HashTrie<String, StoredDocument> byId;
  private final OrderedTree<Long, Located> bySeq;

  /** Indexes built so far; the table owns this map, nobody else holds it. */
  private final ConcurrentHashMap<Index<?>, KeyIndex> indexes;

  private KindTable(
      HashTrie<String, StoredDocument> byId,
      OrderedTree<Long, Located> bySeq,
      ConcurrentHashMap<Index<?>, KeyIndex> indexes) {
    this.byId = byId;
    this.bySeq = bySeq;
    this.indexes = indexes;
  }

  StoredDocument get(String id) {
    return byId.get(id);
  }

  int size() {
    return byId.size();
  }

  boolean isEmpty() {
    return byId.size() == 0;
  }

  /** Every document, oldest first. */
  void forEach(BiConsumer<String, StoredDocument> action) {
    bySeq.forEach((seq, located) -> action.accept(located.id(), located.document()));
  }

  /** The documents from {@code offset} on, newest first, at most {@code limit} of them. */
  List<StoredDocument> newestFirst(int offset, int limit) {
    List<StoredDocument> page = new ArrayList<>();
    for (int position = size() - 1 - offset; position >= 0 && page.size() < limit; position--) {
      page.add(bySeq.at(position).value().document());
    }
    return page;
  }

  /** The index over this table, built now if nobody asked for it before. */
  KeyIndex index(Index<?> definition) {
    if (isEmpty()) {
      // The empty table is shared by every kind of every company: an index remembered here
      // would be carried into other kinds' tables and fed their documents.
      return KeyIndex.empty(definition);
    }
    return indexes.computeIfAbsent(definition, d -> KeyIndex.build(d, this));
  }

  /**
   * The table with the document stored (added or replaced).
   *
   * @param previous what {@link #get} answers for the id now (the caller has looked it up already:
   *     in a table of a million documents each lookup is some twenty cache misses)
   * @param value the model the document was encoded from, for the indexes' keys; null to decode
   */
  KindTable with(String id, StoredDocument previous, StoredDocument document, Object value) {
    // Only an import or a load names an id twice with different sequences.
    boolean moved = previous != null && previous.seq() != document.seq();
    OrderedTree<Long, Located> sequence = moved ? bySeq.remove(previous.seq()) : bySeq;
    ConcurrentHashMap<Index<?>, KeyIndex> updated = new ConcurrentHashMap<>();
    indexes.forEach(
        (definition, index) -> {
          Object model = value != null ? value : DocumentCodec.decode(definition.kind(), document);
          KeyIndex unfiled = moved ? index.without(previous.seq()) : index;
          updated.put(definition, unfiled.with(id, document.seq(), model));
        });
    return new KindTable(
        byId.put(id, document), sequence.put(document.seq(), new Located(id, document)), updated);
  }

  KindTable without(String id) {
    StoredDocument previous = byId.get(id);
    if (previous == null) {
      return this;
    }
    ConcurrentHashMap<Index<?>, KeyIndex> updated = new ConcurrentHashMap<>();
    indexes.forEach((definition, index) -> updated.put(definition, index.without(previous.seq())));
    return new KindTable(byId.remove(id), bySeq.remove(previous.seq()), updated);
  }
}
