package io.crego.contract.stub.store;

/**
 * A document as kept: its JSON text (so every value handed out is a fresh copy) and the company's
 * sequence number of its first insertion (so {@code all()} keeps insertion order across restarts).
 */
record StoredDocument(long seq, String json) {}
