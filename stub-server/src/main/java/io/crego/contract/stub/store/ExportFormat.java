package io.crego.contract.stub.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.stub.json.ModelMapper;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of a state export, {@code {"companies": {"<id>": {"<kind>": {"<id>": {...}}}}}}, shared
 * by every store so that an export of one imports into any other.
 */
final class ExportFormat {

  private static final String COMPANIES = "companies";

  /**
   * The stub's mapper, but keeping numbers as written: Jackson's trees strip trailing zeros from
   * decimals by default ({@code 100000.00} would come back as {@code 1E+5}), and an export must
   * give back every document exactly.
   */
  private static final ObjectMapper EXACT =
      ModelMapper.MAPPER
          .copy()
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private ExportFormat() {}

  /** The export of the given companies' documents, companies by id, empty ones left out. */
  static String write(Map<String, CompanySnapshot> state) {
    ObjectNode root = EXACT.createObjectNode();
    ObjectNode all = root.putObject(COMPANIES);
    new TreeMap<>(state)
        .forEach(
            (company, snapshot) -> {
              if (snapshot.isEmpty()) {
                return;
              }
              ObjectNode kinds = all.putObject(company);
              snapshot
                  .kinds()
                  .forEach(
                      (kind, documents) -> {
                        if (!documents.isEmpty()) {
                          ObjectNode byId = kinds.putObject(kind);
                          documents.forEach((id, document) -> byId.set(id, tree(document.json())));
                        }
                      });
            });
    return text(root);
  }

  /**
   * Reads an export into snapshots; documents get sequence numbers in the export's order.
   *
   * @throws IllegalArgumentException naming what is wrong with the text
   */
  static Map<String, CompanySnapshot> parse(String json) {
    JsonNode root;
    try {
      root = EXACT.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The import is not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode all = root == null ? null : root.get(COMPANIES);
    if (all == null || !all.isObject()) {
      throw new IllegalArgumentException("The import has no \"companies\" object");
    }
    Map<String, CompanySnapshot> state = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> c = all.fields(); c.hasNext(); ) {
      Map.Entry<String, JsonNode> company = c.next();
      CompanySnapshot.Builder builder = new CompanySnapshot.Builder();
      for (Iterator<Map.Entry<String, JsonNode>> k = objectFields(company); k.hasNext(); ) {
        Map.Entry<String, JsonNode> kind = k.next();
        for (Iterator<Map.Entry<String, JsonNode>> d = objectFields(kind); d.hasNext(); ) {
          Map.Entry<String, JsonNode> document = d.next();
          if (!document.getValue().isObject()) {
            throw new IllegalArgumentException(
                "Document " + document.getKey() + " of " + kind.getKey() + " is not an object");
          }
          builder.append(kind.getKey(), document.getKey(), text(document.getValue()));
        }
      }
      state.put(company.getKey(), builder.build());
    }
    return state;
  }

  private static Iterator<Map.Entry<String, JsonNode>> objectFields(
      Map.Entry<String, JsonNode> entry) {
    if (!entry.getValue().isObject()) {
      throw new IllegalArgumentException(entry.getKey() + " is not an object in the import");
    }
    return entry.getValue().fields();
  }

  private static JsonNode tree(String json) {
    try {
      return EXACT.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node) {
    try {
      return EXACT.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
