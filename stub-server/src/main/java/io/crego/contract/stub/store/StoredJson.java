package io.crego.contract.stub.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A document as just stored: its text, and the JSON tree the text was written from, for an answer
 * that sends the document as stored (the response check reads the tree; the client gets the text).
 */
public record StoredJson(String text, JsonNode tree) {}
