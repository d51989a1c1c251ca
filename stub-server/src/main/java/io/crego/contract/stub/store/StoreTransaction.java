package io.crego.contract.stub.store;

/**
 * A view that can also change documents. Changes become visible to others, and durable when the
 * store persists, only when the whole unit of work returns; if it throws, nothing it did is kept.
 */
public interface StoreTransaction extends StoreView {

  <T> void put(Kind<T> kind, String id, T value);

  /**
   * Puts the document and returns its stored text with the JSON tree that text was written from:
   * for an answer that sends the document as stored, so that the response check reads the tree
   * instead of parsing the text back. The text is the one {@link #put} stores.
   */
  default <T> StoredJson putJson(Kind<T> kind, String id, T value) {
    put(kind, id, value);
    String text = json(kind, id).orElseThrow();
    return new StoredJson(text, DocumentCodec.parse(text));
  }

  <T> void delete(Kind<T> kind, String id);

  /**
   * How many puts and deletes this unit of work has made so far. Work that keeps decoded documents
   * from one step to the next compares it to tell whether anyone else wrote in between.
   */
  long writeCount();
}
