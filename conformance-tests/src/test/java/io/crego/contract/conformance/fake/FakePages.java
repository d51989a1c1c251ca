package io.crego.contract.conformance.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** The list envelope, done right. */
final class FakePages {

  private FakePages() {}

  static ObjectNode page(List<JsonNode> items, Map<String, String> query) {
    int page = Integer.parseInt(query.getOrDefault("page", "1"));
    int size = Integer.parseInt(query.getOrDefault("page_size", "15"));
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    envelope.put("count", items.size());
    envelope.put("current_page", page);
    envelope.put("page_size", size);
    var results = envelope.putArray("results");
    items.stream().skip((long) (page - 1) * size).limit(size).forEach(results::add);
    return envelope;
  }
}
