package io.crego.contract.stub.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.core.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Valid requests for any operation, built from the spec: its examples and parameter schemas. */
final class ValidRequests {

  static final String SAMPLE_ID = "0b6f3e0c-7d1a-4c55-9a0e-3f2b8c1d4e5a";

  private ValidRequests() {}

  /** The path with every path parameter filled and every required query parameter set. */
  static String path(SpecOperation op) {
    return path(op, SAMPLE_ID);
  }

  /** The same, with {@code id} as the value of the path's id. */
  static String path(SpecOperation op, String id) {
    String path = op.pathTemplate();
    for (SpecOperation.Parameter p : op.parameters("path")) {
      path = path.replace("{" + p.name() + "}", id);
    }
    List<String> query = new ArrayList<>();
    for (SpecOperation.Parameter p : op.parameters("query")) {
      if (p.required()) {
        query.add(p.name() + "=" + URLEncoder.encode(sampleValue(p), StandardCharsets.UTF_8));
      }
    }
    return query.isEmpty() ? path : path + "?" + String.join("&", query);
  }

  /** The request body example the spec gives, as JSON text; null when the operation takes none. */
  static String body(SpecOperation op) {
    if (op.requestBodySchema() == null) {
      return null;
    }
    JsonNode media =
        CregoSpec.get()
            .schemas()
            .at(op.pointer() + "/requestBody")
            .path("content")
            .path("application/json");
    if (media.has("example")) {
      return Json.write(media.get("example"));
    }
    JsonNode first = media.path("examples").elements().next();
    return Json.write(resolve(first).path("value"));
  }

  private static String sampleValue(SpecOperation.Parameter p) {
    JsonNode schema = CregoSpec.get().schemas().at(p.schema());
    if (schema.has("enum")) {
      return schema.get("enum").get(0).asText();
    }
    if ("uuid".equals(schema.path("format").asText())) {
      return SAMPLE_ID;
    }
    if ("integer".equals(schema.path("type").asText())) {
      return String.valueOf(schema.path("minimum").asLong(1));
    }
    return "6650f1c2a9e4b7d3c1e0f9a8";
  }

  static JsonNode resolve(JsonNode node) {
    return CregoSpec.get().schemas().resolve(node);
  }
}
