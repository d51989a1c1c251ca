package io.crego.contract.stub.store;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
 * once, as a constant: the embedded stores tell indexes apart by identity.
 *
 * <p>A summing index ({@link #summing}) also keeps, for each key, the total of an amount of its
 * documents, so that a balance over many documents is read in O(log n) rather than by reading them
 * all: {@code view.total(BY_LOAN, loanId)}.
 *
 * <p>A store in a database shared by several processes ({@link PostgresStore}) keeps the entries in
 * a table, under the index's {@link #storedName() stored name}: its kind and name, which must
 * therefore be unique among the kind's indexes (declaring a second one fails).
 *
 * @param <T> the kind's model
 */
public final class Index<T> {

  private final Kind<T> kind;
  private final String name;
  private final Function<? super T, String> key;
  private final Function<? super T, BigDecimal> amount;

  /** Every index declared in this process, by stored name: what a database store maintains. */
  private static final Map<String, Index<?>> DECLARED = new ConcurrentHashMap<>();

  private Index(
      Kind<T> kind,
      String name,
      Function<? super T, String> key,
      Function<? super T, BigDecimal> amount) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.key = Objects.requireNonNull(key, "key");
    this.amount = amount;
    Index<?> earlier = DECLARED.putIfAbsent(storedName(), this);
    if (earlier != null) {
      throw new IllegalArgumentException(
          "Two indexes of kind " + kind.name() + " are named \"" + name + "\": name them apart");
    }
  }

  /** The index declared in this process under the stored name, or null. */
  static Index<?> declared(String storedName) {
    return DECLARED.get(storedName);
  }

  /** The index's name in a database: {@code <kind>/<name>}. */
  String storedName() {
    return kind.name() + "/" + name;
  }

  /**
   * @param name unique among the kind's indexes (a database store files entries under it)
   * @param key the document's key; it must depend on the document alone
   */
  public static <T> Index<T> on(Kind<T> kind, String name, Function<? super T, String> key) {
    return new Index<>(kind, name, key, null);
  }

  /**
   * An index that also totals {@code amount} per key.
   *
   * @param amount the document's amount; it must depend on the document alone and not be null for a
   *     document with a key
   */
  public static <T> Index<T> summing(
      Kind<T> kind,
      String name,
      Function<? super T, String> key,
      Function<? super T, BigDecimal> amount) {
    return new Index<>(kind, name, key, Objects.requireNonNull(amount, "amount"));
  }

  boolean sums() {
    return amount != null;
  }

  public Kind<T> kind() {
    return kind;
  }

  String keyOf(Object document) {
    return key.apply(kind.type().cast(document));
  }

  /** The document's amount for a summing index; null for any other. */
  BigDecimal amountOf(Object document) {
    if (amount == null) {
      return null;
    }
    BigDecimal value = amount.apply(kind.type().cast(document));
    if (value == null) {
      throw new IllegalStateException(this + " was given a null amount");
    }
    return value;
  }

  @Override
  public String toString() {
    return "Index[" + kind.name() + " by " + name + "]";
  }
}
