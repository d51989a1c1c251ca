package io.crego.contract.stub.store;

import java.util.Collections;
import java.util.LinkedHashMap;
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
  }
}
