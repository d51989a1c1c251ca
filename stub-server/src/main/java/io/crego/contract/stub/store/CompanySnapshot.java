package io.crego.contract.stub.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One company's documents at one moment. Never changed once published: a unit of work builds the
 * next snapshot and the store swaps it in, so readers need no lock and always see a consistent
 * state.
 */
final class CompanySnapshot {

  static final CompanySnapshot EMPTY = new CompanySnapshot(Map.of(), 1);

  /** kind → (id → document), each in insertion order. */
  private final Map<String, Map<String, StoredDocument>> kinds;

  private final long nextSeq;

  CompanySnapshot(Map<String, Map<String, StoredDocument>> kinds, long nextSeq) {
    this.kinds = Collections.unmodifiableMap(kinds);
    this.nextSeq = nextSeq;
  }

  Map<String, StoredDocument> documents(String kind) {
    return kinds.getOrDefault(kind, Map.of());
  }

  Map<String, Map<String, StoredDocument>> kinds() {
    return kinds;
  }

  long nextSeq() {
    return nextSeq;
  }

  boolean isEmpty() {
    return kinds.values().stream().allMatch(Map::isEmpty);
  }

  /** Builds a snapshot from documents given in insertion order (from disk or an import). */
  static final class Builder {
    private final Map<String, Map<String, StoredDocument>> kinds = new LinkedHashMap<>();
    private long nextSeq = 1;

    Builder add(String kind, String id, StoredDocument document) {
      kinds.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(id, document);
      nextSeq = Math.max(nextSeq, document.seq() + 1);
      return this;
    }

    /** Adds a document with the next sequence number. */
    Builder append(String kind, String id, String json) {
      return add(kind, id, new StoredDocument(nextSeq, json));
    }

    CompanySnapshot build() {
      return new CompanySnapshot(kinds, nextSeq);
    }
  }
}
