package io.crego.contract.stub.paging;

import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.json.PageText;
import io.crego.contract.stub.store.Index;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.StoreView;
import io.crego.contract.stub.store.TextAndModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A list page of stored documents answered with their stored texts, newest first: the envelope is
 * written around them ({@link PageText}), so no document on the page is encoded again, and the text
 * is the one the page's model gives. The response check still reads the page as it reads any answer
 * sent as text.
 *
 * <p>Where the documents come from is a {@link Candidates}: every document of a kind, or those an
 * index files under one key. When the filter asks for nothing more than that, the page and its
 * count are read from the store without reading the other documents; otherwise the candidates are
 * decoded to test the rest of the filter, and only those (an index narrows them first).
 */
public final class StoredPages {

  private StoredPages() {}

  /**
   * The documents a listing starts from: a whole kind, or an index's documents under one key.
   *
   * @param index null for the whole kind
   * @param key the index's key; null for the whole kind
   */
  public record Candidates<T>(Kind<T> kind, Index<T> index, String key) {

    public static <T> Candidates<T> all(Kind<T> kind) {
      return new Candidates<>(kind, null, null);
    }

    public static <T> Candidates<T> under(Index<T> index, String key) {
      return new Candidates<>(index.kind(), index, key);
    }

    int count(StoreView view) {
      return index == null ? view.count(kind) : view.count(index, key);
    }

    List<String> newestFirstJson(StoreView view, int offset, int limit) {
      return index == null
          ? view.newestFirstJson(kind, offset, limit)
          : view.newestFirstJson(index, key, offset, limit);
    }

    /** Every candidate with its text, oldest first. */
    List<TextAndModel<T>> withText(StoreView view) {
      return index == null ? view.allWithText(kind) : view.withTextWhere(index, key);
    }
  }

  /** Every candidate, newest first: read from the store a page at a time. */
  public static <T> ApiResponse newestFirst(
      StoreView view, Candidates<T> candidates, PageRequest page) {
    return answer(
        candidates.count(view),
        candidates.newestFirstJson(view, page.offset(), page.pageSize()),
        page);
  }

  /** The candidates that pass {@code rest}, newest first (null: every candidate). */
  public static <T> ApiResponse newestFirst(
      StoreView view, Candidates<T> candidates, Predicate<? super T> rest, PageRequest page) {
    if (rest == null) {
      return newestFirst(view, candidates, page);
    }
    List<String> matching = new ArrayList<>();
    List<TextAndModel<T>> oldestFirst = candidates.withText(view);
    for (int i = oldestFirst.size() - 1; i >= 0; i--) {
      TextAndModel<T> candidate = oldestFirst.get(i);
      if (rest.test(candidate.model())) {
        matching.add(candidate.json());
      }
    }
    return answer(matching.size(), page.slice(matching), page);
  }

  /**
   * The candidates that pass {@code filter}, by {@code order}; those it ranks equal stay oldest
   * first (a stable sort), as {@link Listing#sorted} orders them.
   */
  public static <T> ApiResponse sorted(
      StoreView view,
      Candidates<T> candidates,
      Predicate<? super T> filter,
      Comparator<? super T> order,
      PageRequest page) {
    List<TextAndModel<T>> matching = new ArrayList<>();
    for (TextAndModel<T> candidate : candidates.withText(view)) {
      if (filter.test(candidate.model())) {
        matching.add(candidate);
      }
    }
    matching.sort(Comparator.comparing(TextAndModel::model, order));
    List<String> texts = page.slice(matching).stream().map(TextAndModel::json).toList();
    return answer(matching.size(), texts, page);
  }

  private static ApiResponse answer(int count, List<String> results, PageRequest page) {
    return ApiResponse.json(200, PageText.of(count, page.page(), page.pageSize(), results));
  }
}
