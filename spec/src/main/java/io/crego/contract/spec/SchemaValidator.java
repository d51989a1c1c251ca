package io.crego.contract.spec;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON instances against schemas of the spec, addressed by JSON pointer into the raw
 * document, e.g. {@code #/components/schemas/Record}.
 *
 * <p>The whole spec is one schema resource, built once from the parsed document, so {@code $ref:
 * '#/components/schemas/X'} resolves and every pointer shares it. (Asked for a location with a
 * fragment, the schema registry parses and builds the whole document again for each new pointer,
 * and keeps a copy of it per pointer: docs/decisions/0002-raw-spec-reader.md.) It uses the OpenAPI
 * 3.0 dialect (which understands {@code nullable}) with format assertions on, and {@link
 * UuidFormat} in place of the dialect's regular expression for uuids. Compiled schemas are cached
 * per pointer; instances are safe to share between threads.
 */
public final class SchemaValidator {

  /** The spec's identity inside the schema registry; never fetched. */
  private static final String DOCUMENT_URI = "https://contract.crego.invalid/openapi.json";

  private final JsonNode raw;
  private final Schema document;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  /**
   * @param raw the spec
   */
  SchemaValidator(JsonNode raw) {
    this.raw = raw;
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            Dialect.builder(Dialects.getOpenApi30()).format(new UuidFormat()).build(),
            builder -> builder.schemaRegistryConfig(config));
    this.document = registry.getSchema(SchemaLocation.of(DOCUMENT_URI), raw);
  }

  /**
   * Every violation of the schema at {@code schemaPointer} by {@code instance}; empty when valid.
   *
   * @throws IllegalArgumentException when the pointer does not name a node of the spec
   */
  public List<Violation> validate(String schemaPointer, JsonNode instance) {
    return schema(schemaPointer).validate(instance).stream().map(this::toViolation).toList();
  }

  private Schema schema(String pointer) {
    Schema schema = compiled.get(pointer);
    if (schema != null) {
      return schema;
    }
    if (!pointer.startsWith("#") || raw.at(pointer.substring(1)).isMissingNode()) {
      throw new IllegalArgumentException("No schema at " + pointer + " in the spec");
    }
    // one at a time: the subschemas of the shared document are built on first use
    synchronized (document) {
      return compiled.computeIfAbsent(
          pointer,
          p -> {
            Schema found = document.getRefSchema(SchemaLocation.of(DOCUMENT_URI + p).getFragment());
            found.initializeValidators();
            return found;
          });
    }
  }

  private Violation toViolation(Error error) {
    String pointer = error.getInstanceLocation().toString();
    String keyword = exclusiveBound(error, error.getKeyword());
    String property = error.getProperty();
    JsonNode instance = error.getInstanceNode();
    if (property != null && ("required".equals(keyword) || instance.has(property))) {
      // required and additionalProperties are reported on the parent: point at the property.
      pointer = JsonPointer.compile(pointer).appendProperty(property).toString();
      instance = instance.path(property);
    }
    String expected =
        switch (keyword) {
          case "required" -> "property present";
          case "additionalProperties" -> "no such property";
          default -> text(error.getSchemaNode());
        };
    String actual = instance.isMissingNode() ? "missing" : instance.toString();
    return new Violation(pointer, keyword, error.getMessage(), expected, actual);
  }

  /**
   * OpenAPI 3.0 writes an exclusive bound as {@code minimum: 0} beside {@code exclusiveMinimum:
   * true}, and the validator reports it under {@code minimum}; name the bound that was broken.
   */
  private String exclusiveBound(Error error, String keyword) {
    if (!"minimum".equals(keyword) && !"maximum".equals(keyword)) {
      return keyword;
    }
    String location = String.valueOf(error.getSchemaLocation().getFragment());
    if (location.startsWith("#")) {
      location = location.substring(1);
    }
    int slash = location.lastIndexOf('/');
    if (slash < 0) {
      return keyword;
    }
    String exclusive = "minimum".equals(keyword) ? "exclusiveMinimum" : "exclusiveMaximum";
    boolean isExclusive = raw.at(location.substring(0, slash) + "/" + exclusive).asBoolean(false);
    return isExclusive ? exclusive : keyword;
  }

  private static String text(JsonNode node) {
    if (node == null || node instanceof MissingNode) {
      return "";
    }
    return node.isTextual() ? node.asText() : node.toString();
  }
}
