package io.crego.contract.conformance.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A status and a JSON body (null for none). */
record FakeAnswer(int status, JsonNode body) {

  static FakeAnswer error(int status, String code, String message, String in, String field) {
    ObjectNode error = JsonNodeFactory.instance.objectNode();
    error.put("code", code);
    error.put("message", message);
    var errors = error.putArray("errors");
    if (field != null) {
      errors.addObject().put("in", in).put("field", field).put("message", message);
    }
    return new FakeAnswer(status, error);
  }
}
