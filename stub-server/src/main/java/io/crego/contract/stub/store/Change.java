package io.crego.contract.stub.store;

/**
 * One document written or removed by a unit of work, as the journal persists it.
 *
 * @param document the new content, or null when the document was deleted
 */
record Change(String kind, String id, StoredDocument document) {

  boolean isDeletion() {
    return document == null;
  }
}
