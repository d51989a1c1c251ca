package io.crego.contract.stub.store;

/**
 * A kind of stored document: a collection name and the (generated model) class its documents map
 * to, e.g. {@code new Kind<>("records", Record.class)}.
 */
public record Kind<T>(String name, Class<T> type) {}
