package io.crego.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads operations and lifecycles out of the raw spec document, keeping JSON pointers. */
final class SpecReader {

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final String JSON = "application/json";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** Marks a read that changes state (see {@link SpecOperation#changesState()}). */
  static final String CHANGES_STATE = "x-crego-changes-state";

  private final JsonNode raw;
  private final ResolvedSchemas schemas;

  SpecReader(ResolvedSchemas schemas) {
    this.raw = schemas.raw();
    this.schemas = schemas;
  }

  List<SpecOperation> operations() {
    List<SpecOperation> operations = new ArrayList<>();
    raw.path("paths")
        .fields()
        .forEachRemaining(
            path -> {
              String pathPointer = ResolvedSchemas.child("#/paths", path.getKey());
              for (String method : METHODS) {
                if (path.getValue().has(method)) {
                  operations.add(
                      operation(path.getKey(), pathPointer, method, path.getValue().get(method)));
                }
              }
            });
    return List.copyOf(operations);
  }

  /**
   * Whether a security requirement asks for the bearer token. Others (the optional {@code Basic}
   * block of Get Token) say what a client may send, not what a server checks: the auth flags of an
   * operation are about the bearer token only.
   */
  private boolean namesBearerScheme(JsonNode requirement) {
    Iterator<String> names = requirement.fieldNames();
    while (names.hasNext()) {
      JsonNode scheme = raw.path("components").path("securitySchemes").path(names.next());
      if (scheme.path("scheme").asText("").equalsIgnoreCase("bearer")) {
        return true;
      }
    }
    return false;
  }

  private SpecOperation operation(String path, String pathPointer, String method, JsonNode op) {
    String opPointer = pathPointer + "/" + method;
    JsonNode security = op.has("security") ? op.get("security") : raw.path("security");
    boolean anonymousAllowed = false;
    boolean credentialsAccepted = false;
    for (JsonNode requirement : security) {
      if (requirement.isEmpty()) {
        anonymousAllowed = true;
      } else if (namesBearerScheme(requirement)) {
        credentialsAccepted = true;
      }
    }

    Set<Integer> codes = new HashSet<>();
    Map<Integer, String> responseSchemas = new LinkedHashMap<>();
    op.path("responses")
        .fields()
        .forEachRemaining(
            response -> {
              if (!response.getKey().matches("\\d{3}")) {
                return; // "default" and "2XX" name no single status
              }
              int status = Integer.parseInt(response.getKey());
              codes.add(status);
              String pointer =
                  jsonSchema(
                      schemas.follow(
                          ResolvedSchemas.child(opPointer + "/responses", response.getKey())));
              if (pointer != null) {
                responseSchemas.put(status, pointer);
              }
            });

    String requestBody =
        op.has("requestBody") ? jsonSchema(schemas.follow(opPointer + "/requestBody")) : null;

    return new SpecOperation(
        op.path("operationId").asText(null),
        method.toUpperCase(Locale.ROOT),
        path,
        op.path("summary").asText(null),
        op.path("tags").path(0).asText(null),
        credentialsAccepted && !anonymousAllowed,
        credentialsAccepted && anonymousAllowed,
        Provenance.parse(op.get("x-crego-provenance")),
        !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))
            || op.path(CHANGES_STATE).asBoolean(false),
        codes,
        requestBody,
        responseSchemas,
        parameters(pathPointer, opPointer));
  }

  /** Path-level parameters, overridden by operation-level ones with the same name and place. */
  private List<SpecOperation.Parameter> parameters(String pathPointer, String opPointer) {
    Map<String, SpecOperation.Parameter> byKey = new LinkedHashMap<>();
    for (String owner : List.of(pathPointer, opPointer)) {
      JsonNode list = node(owner + "/parameters");
      for (int i = 0; i < list.size(); i++) {
        String pointer = schemas.follow(owner + "/parameters/" + i);
        JsonNode p = node(pointer);
        String in = p.path("in").asText();
        byKey.put(
            in + ":" + p.path("name").asText(),
            new SpecOperation.Parameter(
                p.path("name").asText(),
                in,
                p.path("required").asBoolean(false),
                p.has("schema") ? pointer + "/schema" : null));
      }
    }
    return List.copyOf(byKey.values());
  }

  /** Pointer to the JSON schema of a request body or response object, or null. */
  private String jsonSchema(String ownerPointer) {
    JsonNode content = node(ownerPointer + "/content");
    String mediaType = null;
    if (content.has(JSON)) {
      mediaType = JSON;
    } else {
      var names = content.fieldNames();
      while (names.hasNext() && mediaType == null) {
        String name = names.next();
        mediaType = name.contains("json") ? name : null;
      }
    }
    if (mediaType == null || !content.path(mediaType).has("schema")) {
      return null;
    }
    return ResolvedSchemas.child(ownerPointer + "/content", mediaType) + "/schema";
  }

  Map<String, Lifecycle> lifecycles() {
    Map<String, Lifecycle> lifecycles = new LinkedHashMap<>();
    raw.path("components")
        .path("schemas")
        .fields()
        .forEachRemaining(
            schema -> {
              JsonNode spec = schema.getValue().get("x-crego-lifecycle");
              if (spec != null) {
                lifecycles.put(schema.getKey(), lifecycle(schema.getKey(), spec));
              }
            });
    return Collections.unmodifiableMap(lifecycles);
  }

  private Lifecycle lifecycle(String schemaName, JsonNode spec) {
    String field = spec.path("field").asText("status");
    List<Transition> transitions = new ArrayList<>();
    int row = 0;
    for (JsonNode t : spec.path("transitions")) {
      List<String> sets = new ArrayList<>();
      t.path("sets").forEach(s -> sets.add(s.asText()));
      String where = schemaName + " transition " + row + " (" + t + ")";
      transitions.add(
          new Transition(
              text(t, "from"),
              text(t, "operationId"),
              text(t, "event"),
              text(t, "to"),
              new ConditionReader(where + " when").read(t.get("when")),
              new ConditionReader(where + " requires").read(t.get("requires")),
              sets));
      row++;
    }
    JsonNode property = schemas.property(schemas.at(ResolvedSchemas.component(schemaName)), field);
    return new Lifecycle(schemaName, field, schemas.enumValues(property), transitions);
  }

  private JsonNode node(String pointer) {
    return raw.at(pointer.substring(1));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
