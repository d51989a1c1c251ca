package io.crego.contract.stub.store;

/**
 * A view that can also change documents. Changes become visible to others, and durable when the
 * store persists, only when the whole unit of work returns; if it throws, nothing it did is kept.
 */
public interface StoreTransaction extends StoreView {

  <T> void put(Kind<T> kind, String id, T value);

  <T> void delete(Kind<T> kind, String id);
}
