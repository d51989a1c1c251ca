package io.crego.contract.stub.store;

/**
 * A document decoded, beside its JSON text as stored: for a listing that must read a document's
 * fields to filter or order it, and can then answer with the stored text instead of encoding the
 * model again.
 *
 * @param model the document decoded (a copy, like every value a view hands out)
 * @param json the document's JSON as stored, which {@code model} encodes back to
 */
public record TextAndModel<T>(String json, T model) {}
