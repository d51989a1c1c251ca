package io.crego.contract.stub.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A read-only view of one published snapshot. */
class SnapshotView implements StoreView {

  private final CompanySnapshot snapshot;

  SnapshotView(CompanySnapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** The documents of a kind as this view sees them; subclasses add their own changes. */
  KindTable documents(String kind) {
    return snapshot.documents(kind);
  }

  @Override
  public <T> Optional<T> get(Kind<T> kind, String id) {
    StoredDocument document = documents(kind.name()).get(id);
    return document == null ? Optional.empty() : Optional.of(DocumentCodec.decode(kind, document));
  }

  @Override
  public Optional<String> json(Kind<?> kind, String id) {
    StoredDocument document = documents(kind.name()).get(id);
    return document == null ? Optional.empty() : Optional.of(document.json());
  }

  @Override
  public <T> List<T> all(Kind<T> kind) {
    List<T> values = new ArrayList<>();
    documents(kind.name())
        .forEach((id, document) -> values.add(DocumentCodec.decode(kind, document)));
    return values;
  }

  @Override
  public <T> List<TextAndModel<T>> allWithText(Kind<T> kind) {
    List<TextAndModel<T>> values = new ArrayList<>();
    documents(kind.name())
        .forEach(
            (id, document) ->
                values.add(
                    new TextAndModel<>(document.json(), DocumentCodec.decode(kind, document))));
    return values;
  }

  @Override
  public <T> int count(Kind<T> kind) {
    return documents(kind.name()).size();
  }

  @Override
  public <T> List<T> newestFirst(Kind<T> kind, int offset, int limit) {
    requirePage(offset, limit);
    List<T> page = new ArrayList<>();
    for (StoredDocument document : documents(kind.name()).newestFirst(offset, limit)) {
      page.add(DocumentCodec.decode(kind, document));
    }
    return page;
  }

  @Override
  public <T> List<String> newestFirstJson(Kind<T> kind, int offset, int limit) {
    requirePage(offset, limit);
    List<String> page = new ArrayList<>();
    for (StoredDocument document : documents(kind.name()).newestFirst(offset, limit)) {
      page.add(document.json());
    }
    return page;
  }

  @Override
  public <T> List<String> idsWhere(Index<T> index, String key) {
    Objects.requireNonNull(key, "key");
    return index(index).ids(key);
  }

  @Override
  public <T> int count(Index<T> index, String key) {
    Objects.requireNonNull(key, "key");
    return index(index).count(key);
  }

  @Override
  public <T> BigDecimal total(Index<T> index, String key) {
    Objects.requireNonNull(key, "key");
    if (!index.sums()) {
      throw new IllegalArgumentException(index + " keeps no totals: declare it Index.summing");
    }
    return index(index).total(key);
  }

  @Override
  public <T> List<T> newestFirst(Index<T> index, String key, int offset, int limit) {
    Objects.requireNonNull(key, "key");
    requirePage(offset, limit);
    KindTable table = documents(index.kind().name());
    List<T> page = new ArrayList<>();
    for (String id : table.index(index).newestFirst(key, offset, limit)) {
      page.add(DocumentCodec.decode(index.kind(), table.get(id)));
    }
    return page;
  }

  @Override
  public <T> List<String> newestFirstJson(Index<T> index, String key, int offset, int limit) {
    Objects.requireNonNull(key, "key");
    requirePage(offset, limit);
    KindTable table = documents(index.kind().name());
    List<String> page = new ArrayList<>();
    for (String id : table.index(index).newestFirst(key, offset, limit)) {
      page.add(table.get(id).json());
    }
    return page;
  }

  @Override
  public <T> List<TextAndModel<T>> withTextWhere(Index<T> index, String key) {
    Objects.requireNonNull(key, "key");
    KindTable table = documents(index.kind().name());
    List<TextAndModel<T>> found = new ArrayList<>();
    for (String id : table.index(index).ids(key)) {
      StoredDocument document = table.get(id);
      found.add(new TextAndModel<>(document.json(), DocumentCodec.decode(index.kind(), document)));
    }
    return found;
  }

  private KeyIndex index(Index<?> index) {
    Objects.requireNonNull(index, "index");
    return documents(index.kind().name()).index(index);
  }

  private static void requirePage(int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }
}
