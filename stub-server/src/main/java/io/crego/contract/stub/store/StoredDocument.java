package io.crego.contract.stub.store;

/**
 * A document as kept: its JSON text (so every value handed out is a fresh copy) and the company's
 * sequence number of its first insertion (so {@code all()} keeps insertion order across restarts).
 *
 * @param value the decoded document when its kind is {@link Kind#immutable() immutable} and it was
 *     stored from a value, handed to readers instead of decoding the text; null otherwise
 */
record StoredDocument(long seq, String json, Object value) {

  StoredDocument(long seq, String json) {
    this(seq, json, null);
  }
}
