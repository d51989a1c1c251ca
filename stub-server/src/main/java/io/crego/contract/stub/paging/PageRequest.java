package io.crego.contract.stub.paging;

import io.crego.contract.spec.SpecLimits;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.core.OperationContext;
import java.util.List;

/**
 * The {@code page} (1-based) and {@code page_size} query parameters of a list operation. A page
 * past the end is empty; the envelope's {@code count} still tells how many items match.
 */
public record PageRequest(int page, int pageSize) {

  /** The spec's {@code page_size} default and maximum. */
  public static final int DEFAULT_PAGE_SIZE = SpecLimits.get().defaultPageSize();

  public static final int MAX_PAGE_SIZE = SpecLimits.get().maxPageSize();

  public PageRequest {
    if (page < 1) {
      throw ApiException.invalid(ErrorDetails.query("page", "must be at least 1"));
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw ApiException.invalid(
          ErrorDetails.query("page_size", "must be between 1 and " + MAX_PAGE_SIZE));
    }
  }

  /** Reads both parameters as the request validator typed them, with the platform's defaults. */
  public static PageRequest from(OperationContext context) {
    return new PageRequest(
        context.query("page", Integer.class).orElse(1),
        context.query("page_size", Integer.class).orElse(DEFAULT_PAGE_SIZE));
  }

  /** How many matching items come before this page's first (capped at the largest int). */
  public int offset() {
    return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize);
  }

  /** The items of this page out of all matching items. */
  public <T> List<T> slice(List<T> all) {
    long from = (long) (page - 1) * pageSize;
    if (from >= all.size()) {
      return List.of();
    }
    return List.copyOf(all.subList((int) from, (int) Math.min(all.size(), from + pageSize)));
  }
}
