package io.crego.contract.stub.store;

/** A store that lives as long as the process: for tests and a throw-away stub. */
public final class InMemoryStore extends DocumentStore {

  public InMemoryStore() {
    super(Journal.NONE);
  }
}
