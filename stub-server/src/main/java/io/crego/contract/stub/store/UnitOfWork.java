package io.crego.contract.stub.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working copy of one write: it reads the snapshot it started from plus its own changes. Each
 * change makes the next version of that kind's {@link KindTable}, sharing everything else with the
 * published snapshot, which is never touched; dropping the unit of work (when the work throws)
 * leaves no trace.
 */
final class UnitOfWork extends SnapshotView implements StoreTransaction {

  private final CompanySnapshot base;

  /** The kinds this unit of work changed, as changed so far. */
  private final Map<String, KindTable> changed = new HashMap<>();

  /** Last change per (kind, id), in the order first made; what the journal writes. */
  private final Map<String, Change> changes = new LinkedHashMap<>();

  private long nextSeq;

  private long writeCount;

  UnitOfWork(CompanySnapshot base) {
    super(base);
    this.base = base;
    this.nextSeq = base.nextSeq();
  }

  @Override
  KindTable documents(String kind) {
    KindTable own = changed.get(kind);
    return own != null ? own : base.documents(kind);
  }

  /**
   * Stores the document, unless its text is the one stored already: putting back what was read
   * unchanged (a loan's paid EMIs when a repayment settles the loan) changes nothing, so it costs
   * no write. It still counts in {@link #writeCount}, which counts calls.
   */
  @Override
  public <T> void put(Kind<T> kind, String id, T value) {
    requireId(id);
    store(kind, id, value, DocumentCodec.encode(kind, value));
  }

  @Override
  public <T> StoredJson putJson(Kind<T> kind, String id, T value) {
    requireId(id);
    JsonNode tree = DocumentCodec.tree(kind, value);
    String text = DocumentCodec.write(tree);
    store(kind, id, value, text);
    return new StoredJson(text, tree);
  }

  private <T> void store(Kind<T> kind, String id, T value, String json) {
    writeCount++;
    KindTable documents = documents(kind.name());
    StoredDocument existing = documents.get(id);
    if (existing != null && existing.json().equals(json)) {
      // The document as it is already: no new table version, no index upkeep, nothing to journal.
      return;
    }
    // An update keeps the document's place in insertion order.
    long seq = existing != null ? existing.seq() : nextSeq++;
    StoredDocument document = new StoredDocument(seq, json, kind.immutable() ? value : null);
    changed.put(kind.name(), documents.with(id, existing, document, value));
    changes.put(key(kind.name(), id), new Change(kind.name(), id, document));
  }

  @Override
  public <T> void delete(Kind<T> kind, String id) {
    requireId(id);
    writeCount++;
    KindTable documents = documents(kind.name());
    if (documents.get(id) != null) {
      changed.put(kind.name(), documents.without(id));
      changes.put(key(kind.name(), id), new Change(kind.name(), id, null));
    }
  }

  @Override
  public long writeCount() {
    return writeCount;
  }

  boolean hasChanges() {
    return !changes.isEmpty();
  }

  List<Change> changes() {
    return List.copyOf(changes.values());
  }

  /** The snapshot this unit of work leads to. */
  CompanySnapshot result() {
    Map<String, KindTable> kinds = new LinkedHashMap<>(base.kinds());
    kinds.putAll(changed);
    return new CompanySnapshot(kinds, nextSeq);
  }

  private static String key(String kind, String id) {
    return kind + '\u0000' + id;
  }

  private static void requireId(String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("A document needs a non-empty id");
    }
  }
}
