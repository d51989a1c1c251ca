package io.crego.contract.conformance.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.RouteMatch;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a request against the spec as a real server would: 415, 400 with every field. */
final class FakeRequestCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeRequestCheck() {}

  static Optional<FakeAnswer> check(
      CregoSpec spec,
      SpecOperation op,
      RouteMatch route,
      Map<String, String> query,
      String contentType,
      String text) {
    List<String[]> errors = new ArrayList<>();
    for (SpecOperation.Parameter p : op.parameters()) {
      String value = p.in().equals("path") ? route.pathParams().get(p.name()) : query.get(p.name());
      if (value == null) {
        if (p.required()) {
          errors.add(new String[] {p.in(), "/" + p.name(), "is required"});
        }
        continue;
      }
      JsonNode instance = coerce(spec, p, value);
      for (Violation v : spec.validator().validate(p.schema(), instance)) {
        errors.add(new String[] {p.in(), "/" + p.name(), v.message()});
      }
    }
    if (op.requestBodySchema() != null && !text.isBlank()) {
      if (contentType == null || !contentType.startsWith("application/json")) {
        return Optional.of(
            FakeAnswer.error(
                415,
                "UNSUPPORTED_MEDIA_TYPE",
                "Content-Type " + contentType + " is not supported",
                "header",
                "/Content-Type"));
      }
      JsonNode body;
      try {
        body = JSON.readTree(text);
      } catch (IOException e) {
        return Optional.of(
            FakeAnswer.error(400, "MALFORMED_JSON", "The body is not JSON.", "body", ""));
      }
      for (Violation v : spec.validator().validate(op.requestBodySchema(), body)) {
        errors.add(new String[] {"body", v.instancePointer(), v.message()});
      }
    }
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode error = JsonNodeFactory.instance.objectNode();
    error.put("code", "VALIDATION_FAILED").put("message", "The request has invalid fields.");
    var list = error.putArray("errors");
    errors.forEach(e -> list.addObject().put("in", e[0]).put("field", e[1]).put("message", e[2]));
    return Optional.of(new FakeAnswer(400, error));
  }

  private static JsonNode coerce(CregoSpec spec, SpecOperation.Parameter p, String value) {
    JsonNode schema = spec.raw().at(p.schema().substring(1));
    if (schema.has("$ref")) {
      schema = spec.raw().at(schema.get("$ref").asText().substring(1));
    }
    if ("integer".equals(schema.path("type").asText())) {
      try {
        return IntNode.valueOf(Integer.parseInt(value));
      } catch (NumberFormatException e) {
        return new TextNode(value);
      }
    }
    return new TextNode(value);
  }
}
