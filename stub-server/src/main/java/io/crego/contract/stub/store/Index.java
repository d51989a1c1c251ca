package io.crego.contract.stub.store;

import java.util.Objects;
import java.util.function.Function;

/**
 * A lookup of one kind's documents by a text key, e.g. records by UTR:
 *
 * <pre>{@code
 * static final Index<Record> BY_UTR = Index.on(Kinds.RECORDS, "utr", Record::getUtr);
 * view.idsWhere(BY_UTR, "UTR123");            // who uses this UTR
 * view.newestFirst(BY_STATUS, "pending", 0, 15); // a page, without reading the other documents
 * }</pre>
 *
 * <p>The store builds an index the first time it is asked for it (one pass over the kind) and from
 * then on keeps it up to date with every write, inside the unit of work, so that a lookup sees the
 * unit of work's own changes. A document whose key is null is not in the index. Declare each index
 * once, as a constant: the store tells indexes apart by identity, not by name.
 *
 * @param <T> the kind's model
 */
public final class Index<T> {

  private final Kind<T> kind;
  private final String name;
  private final Function<? super T, String> key;

  private Index(Kind<T> kind, String name, Function<? super T, String> key) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.key = Objects.requireNonNull(key, "key");
  }

  /**
   * @param name for messages only
   * @param key the document's key; it must depend on the document alone
   */
  public static <T> Index<T> on(Kind<T> kind, String name, Function<? super T, String> key) {
    return new Index<>(kind, name, key);
  }

  public Kind<T> kind() {
    return kind;
  }

  String keyOf(Object document) {
    return key.apply(kind.type().cast(document));
  }

  @Override
  public String toString() {
    return "Index[" + kind.name() + " by " + name + "]";
  }
}
