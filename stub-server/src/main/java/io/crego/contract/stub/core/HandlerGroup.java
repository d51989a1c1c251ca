package io.crego.contract.stub.core;

/** A set of handlers for one area of the API (records, auth, ...), registered at start-up. */
public interface HandlerGroup {
  void register(HandlerRegistry registry);
}
