package io.crego.contract.stub.store;

import java.util.List;
import java.util.Optional;

/**
 * A consistent view of one company's documents. Values handed out are copies: changing one changes
 * nothing stored until it is {@link StoreTransaction#put put} back.
 */
public interface StoreView {

  <T> Optional<T> get(Kind<T> kind, String id);

  /** Every document of a kind, in insertion order (oldest first). */
  <T> List<T> all(Kind<T> kind);

  <T> int count(Kind<T> kind);
}
