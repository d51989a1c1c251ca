package io.crego.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Crego LMS spec, loaded once: the parsed model, the raw document, its operations, routes,
 * lifecycles and a validator for its schemas. The stub and the suite both read the contract through
 * this class only.
 */
public final class CregoSpec {

  /** Where the spec module puts {@code spec/openapi.yaml} on the classpath. */
  public static final String CLASSPATH_LOCATION = "crego/openapi.yaml";

  /** The same document as JSON, written by the build ({@link SpecRendition}); quicker to read. */
  static final String JSON_CLASSPATH_LOCATION = "crego/openapi.json";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile CregoSpec classpathSpec;

  private final String text;
  private volatile SwaggerParseResult parsed;
  private final JsonNode raw;
  private final List<SpecOperation> operations;
  private final Map<String, SpecOperation> byOperationId;
  private final RouteTable routes;
  private final Map<String, Lifecycle> lifecycles;
  private final SchemaValidator validator;
  private final ResolvedSchemas schemas;

  /** The spec from its text, YAML or JSON, read with the mapper for that format. */
  private CregoSpec(String text, ObjectMapper format) {
    this.text = text;
    try {
      this.raw = format.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "The spec is not valid " + (format == JSON ? "JSON" : "YAML") + ": " + e.getMessage(), e);
    }
    this.schemas = new ResolvedSchemas(raw);
    SpecReader reader = new SpecReader(schemas);
    this.operations = reader.operations();
    this.byOperationId =
        operations.stream()
            .filter(op -> op.operationId() != null)
            .collect(
                Collectors.toMap(
                    SpecOperation::operationId,
                    Function.identity(),
                    (first, duplicate) -> first,
                    LinkedHashMap::new));
    this.routes = new RouteTable(operations);
    this.lifecycles = reader.lifecycles();
    this.validator = new SchemaValidator(raw);
  }

  /**
   * The spec on the classpath ({@value #CLASSPATH_LOCATION}), parsed on first use and shared for
   * the life of the JVM (swagger-parser keeps state between parses).
   *
   * @throws IllegalStateException when it is missing or unreadable
   */
  public static CregoSpec get() {
    CregoSpec spec = classpathSpec;
    if (spec == null) {
      synchronized (CregoSpec.class) {
        if (classpathSpec == null) {
          classpathSpec = loadFromClasspath();
        }
        spec = classpathSpec;
      }
    }
    return spec;
  }

  /** Parses a spec file; each call parses anew (for tests and tools). */
  public static CregoSpec load(Path file) {
    try {
      return new CregoSpec(Files.readString(file, StandardCharsets.UTF_8), YAML);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the spec at " + file, e);
    }
  }

  /** The swagger-parser model (internal {@code $ref}s left unresolved); null if unparseable. */
  public OpenAPI openApi() {
    return swaggerParse().getOpenAPI();
  }

  /** What swagger-parser reported while parsing; empty for a clean spec. */
  public List<String> parseMessages() {
    List<String> messages = swaggerParse().getMessages();
    return messages == null ? List.of() : List.copyOf(messages);
  }

  /**
   * swagger-parser's reading of the spec, made on first use: the stub and the suite read the
   * contract through the raw document, and parsing it again with swagger-parser would cost a second
   * of every start-up (the build's spec tests are what hold the spec to it).
   */
  private SwaggerParseResult swaggerParse() {
    SwaggerParseResult result = parsed;
    if (result == null) {
      synchronized (this) {
        if (parsed == null) {
          parsed = new OpenAPIV3Parser().readContents(text, null, new ParseOptions());
        }
        result = parsed;
      }
    }
    return result;
  }

  /** The spec document as written, for pointers and extensions. */
  public JsonNode raw() {
    return raw;
  }

  /** Every operation, in spec order. */
  public List<SpecOperation> operations() {
    return operations;
  }

  public Optional<SpecOperation> operation(String operationId) {
    return Optional.ofNullable(byOperationId.get(operationId));
  }

  /**
   * The operation serving {@code method} on a concrete {@code path} (a query string is ignored).
   * Literal segments win over {@code {param}} segments; the trailing slash is significant.
   */
  public Optional<RouteMatch> match(String method, String path) {
    return routes.match(method, path);
  }

  /** The declared lifecycles, keyed by component schema name. */
  public Map<String, Lifecycle> lifecycles() {
    return lifecycles;
  }

  /** The document with its {@code $ref}s followed: what every walk over schemas reads. */
  public ResolvedSchemas schemas() {
    return schemas;
  }

  public SchemaValidator validator() {
    return validator;
  }

  /** The build's JSON rendition when it is there (it is, in every jar); else the YAML itself. */
  private static CregoSpec loadFromClasspath() {
    ClassLoader loader =
        Objects.requireNonNullElse(
            Thread.currentThread().getContextClassLoader(), CregoSpec.class.getClassLoader());
    Optional<String> json = classpathText(loader, JSON_CLASSPATH_LOCATION);
    if (json.isPresent()) {
      return new CregoSpec(json.get(), JSON);
    }
    return new CregoSpec(
        classpathText(loader, CLASSPATH_LOCATION)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No "
                            + CLASSPATH_LOCATION
                            + " on the classpath: is the spec module a dependency?")),
        YAML);
  }

  static Optional<String> classpathText(ClassLoader loader, String location) {
    try (InputStream in = loader.getResourceAsStream(location)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + location, e);
    }
  }
}
