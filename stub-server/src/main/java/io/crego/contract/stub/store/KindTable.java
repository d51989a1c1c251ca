package io.crego.contract.stub.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The documents of one kind in one company snapshot: by id, and by insertion sequence for ordered
 * reads. Immutable (a write makes the next table in O(log n), sharing the rest), except that the
 * {@link Index indexes} asked of it are built on first use and remembered, which changes nothing a
 * reader can see.
 */
final class KindTable {

  static final KindTable EMPTY = new KindTable(OrderedTree.empty(), OrderedTree.empty(), Map.of());

  /** A document and its id, as the sequence order holds them. */
  record Located(String id, StoredDocument document) {}

  private final OrderedTree<String, StoredDocument> byId;
  private final OrderedTree<Long, Located> bySeq;
  private final Map<Index<?>, KeyIndex> indexes;

  private KindTable(
      OrderedTree<String, StoredDocument> byId,
      OrderedTree<Long, Located> bySeq,
      Map<Index<?>, KeyIndex> indexes) {
    this.byId = byId;
    this.bySeq = bySeq;
    this.indexes = new ConcurrentHashMap<>(indexes);
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
   * @param value the model the document was encoded from, for the indexes' keys; null to decode
   */
  KindTable with(String id, StoredDocument document, Object value) {
    StoredDocument previous = byId.get(id);
    OrderedTree<Long, Located> sequence =
        previous == null || previous.seq() == document.seq() ? bySeq : bySeq.remove(previous.seq());
    Map<Index<?>, KeyIndex> updated = new ConcurrentHashMap<>();
    indexes.forEach(
        (definition, index) -> {
          Object model = value != null ? value : DocumentCodec.decode(definition.kind(), document);
          updated.put(definition, index.with(id, document.seq(), model));
        });
    return new KindTable(
        byId.put(id, document), sequence.put(document.seq(), new Located(id, document)), updated);
  }

  KindTable without(String id) {
    StoredDocument previous = byId.get(id);
    if (previous == null) {
      return this;
    }
    Map<Index<?>, KeyIndex> updated = new ConcurrentHashMap<>();
    indexes.forEach((definition, index) -> updated.put(definition, index.without(id)));
    return new KindTable(byId.remove(id), bySeq.remove(previous.seq()), updated);
  }
}
