package io.crego.contract.stub.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A consistent view of one company's documents. Values handed out are copies: changing one changes
 * nothing stored until it is {@link StoreTransaction#put put} back.
 *
 * <p>{@link #all} reads every document of a kind. For listings, a page ({@link #newestFirst}) and a
 * count read only what they return, however many documents the company holds, and an {@link Index}
 * finds documents by a key the same way: O(log n) per document returned. A unit of work sees its
 * own changes in all of them.
 */
public interface StoreView {

  <T> Optional<T> get(Kind<T> kind, String id);

  /**
   * The document's JSON as stored, not decoded: the stub stores documents in their API shape, so a
   * read that answers with a document unchanged can send this text as it is.
   */
  Optional<String> json(Kind<?> kind, String id);

  /** Every document of a kind, in insertion order (oldest first). */
  <T> List<T> all(Kind<T> kind);

  <T> int count(Kind<T> kind);

  /**
   * Every document of a kind with its stored text, in insertion order: {@link #all} for a listing
   * that filters on the models and answers with the texts. A view that keeps no text encodes them.
   */
  default <T> List<TextAndModel<T>> allWithText(Kind<T> kind) {
    return withTexts(kind, all(kind));
  }

  /**
   * The documents of a kind newest (last inserted) first, skipping {@code offset} of them and
   * returning at most {@code limit}: the same as that slice of {@code all()} reversed.
   */
  <T> List<T> newestFirst(Kind<T> kind, int offset, int limit);

  /**
   * The JSON of the documents {@link #newestFirst(Kind, int, int)} returns, as stored: for a
   * listing that answers with its documents unchanged, so that a page costs no decoding and
   * encoding. A view that keeps no text encodes the documents.
   */
  default <T> List<String> newestFirstJson(Kind<T> kind, int offset, int limit) {
    return encodeAll(kind, newestFirst(kind, offset, limit));
  }

  /** The ids of the documents whose key is {@code key}, in insertion order. */
  <T> List<String> idsWhere(Index<T> index, String key);

  /** How many documents have the key. */
  <T> int count(Index<T> index, String key);

  /**
   * The total of a summing index's amounts over the documents with the key (zero when there are
   * none), read without reading those documents.
   *
   * @throws IllegalArgumentException when the index is not a summing one
   */
  <T> BigDecimal total(Index<T> index, String key);

  /** The documents with the key, newest first, paged like {@link #newestFirst(Kind, int, int)}. */
  <T> List<T> newestFirst(Index<T> index, String key, int offset, int limit);

  /** The JSON of the documents {@link #newestFirst(Index, String, int, int)} returns, as stored. */
  default <T> List<String> newestFirstJson(Index<T> index, String key, int offset, int limit) {
    return encodeAll(index.kind(), newestFirst(index, key, offset, limit));
  }

  /**
   * The documents with the key and their stored texts, in insertion order: what {@link #idsWhere}
   * names, read in one go.
   */
  default <T> List<TextAndModel<T>> withTextWhere(Index<T> index, String key) {
    List<T> documents = new ArrayList<>();
    for (String id : idsWhere(index, key)) {
      get(index.kind(), id).ifPresent(documents::add);
    }
    return withTexts(index.kind(), documents);
  }

  private static <T> List<TextAndModel<T>> withTexts(Kind<T> kind, List<T> documents) {
    return documents.stream()
        .map(document -> new TextAndModel<>(DocumentCodec.encode(kind, document), document))
        .toList();
  }

  private static <T> List<String> encodeAll(Kind<T> kind, List<T> documents) {
    return documents.stream().map(document -> DocumentCodec.encode(kind, document)).toList();
  }
}
