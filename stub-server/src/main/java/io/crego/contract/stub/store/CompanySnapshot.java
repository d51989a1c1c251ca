package io.crego.contract.stub.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One company's documents at one moment. Never changed once published: a unit of work builds the
 * next snapshot and the store swaps it in, so readers need no lock and always see a consistent
 * state. The next snapshot shares every kind the unit of work did not touch, and most of the ones
 * it did (see {@link KindTable}): a write costs O(log n), not a copy of the company.
 */
final class CompanySnapshot {

  static final CompanySnapshot EMPTY = new CompanySnapshot(Map.of(), 1);

  /** kind → its documents; kinds in the order they first got one. */
  private final Map<String, KindTable> kinds;

  private final long nextSeq;

  CompanySnapshot(Map<String, KindTable> kinds, long nextSeq) {
    this.kinds = Collections.unmodifiableMap(kinds);
    this.nextSeq = nextSeq;
  }

  KindTable documents(String kind) {
    return kinds.getOrDefault(kind, KindTable.EMPTY);
  }

  Map<String, KindTable> kinds() {
    return kinds;
  }

  long nextSeq() {
    return nextSeq;
  }

  /**
   * The snapshot with changes made elsewhere (another process sharing the database) applied: each
   * change is a document's content as it is now, or its deletion.
   */
  CompanySnapshot with(List<Change> changes, long nextSeq) {
    Map<String, KindTable> next = new LinkedHashMap<>(kinds);
    for (Change change : changes) {
      KindTable documents = next.getOrDefault(change.kind(), KindTable.EMPTY);
      next.put(
          change.kind(),
          change.isDeletion()
              ? documents.without(change.id())
              : documents.with(change.id(), documents.get(change.id()), change.document(), null));
    }
    return new CompanySnapshot(next, nextSeq);
  }

  boolean isEmpty() {
    return kinds.values().stream().allMatch(KindTable::isEmpty);
  }

  /** Builds a snapshot from documents given in insertion order (from disk or an import). */
  static final class Builder {
    private final Map<String, KindTable> kinds = new LinkedHashMap<>();
    private long nextSeq = 1;

    Builder add(String kind, String id, StoredDocument document) {
      KindTable documents = kinds.getOrDefault(kind, KindTable.EMPTY);
      kinds.put(kind, documents.with(id, documents.get(id), document, null));
      nextSeq = Math.max(nextSeq, document.seq() + 1);
      return this;
    }

    /** Adds a document with the next sequence number. */
    Builder append(String kind, String id, String json) {
      return add(kind, id, new StoredDocument(nextSeq, json));
    }

    CompanySnapshot build() {
      return new CompanySnapshot(new LinkedHashMap<>(kinds), nextSeq);
    }

    /** The snapshot, with the next sequence number as kept elsewhere (past deleted documents). */
    CompanySnapshot build(long nextSeq) {
      return new CompanySnapshot(new LinkedHashMap<>(kinds), Math.max(nextSeq, this.nextSeq));
    }
  }
}
