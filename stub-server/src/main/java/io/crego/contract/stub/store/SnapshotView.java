package io.crego.contract.stub.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A read-only view of one published snapshot. */
class SnapshotView implements StoreView {

  private final CompanySnapshot snapshot;

  SnapshotView(CompanySnapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** The documents of a kind as this view sees them; subclasses add their own changes. */
  Map<String, StoredDocument> documents(String kind) {
    return snapshot.documents(kind);
  }

  @Override
  public <T> Optional<T> get(Kind<T> kind, String id) {
    StoredDocument document = documents(kind.name()).get(id);
    return document == null ? Optional.empty() : Optional.of(DocumentCodec.decode(kind, document));
  }

  @Override
  public <T> List<T> all(Kind<T> kind) {
    List<T> values = new ArrayList<>();
    for (StoredDocument document : documents(kind.name()).values()) {
      values.add(DocumentCodec.decode(kind, document));
    }
    return values;
  }

  @Override
  public <T> int count(Kind<T> kind) {
    return documents(kind.name()).size();
  }
}
