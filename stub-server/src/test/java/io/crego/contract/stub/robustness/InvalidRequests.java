package io.crego.contract.stub.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.core.Json;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Generates requests that the spec makes invalid, for every operation that takes any input: from
 * each request body schema (required fields missing, wrong types, unknown enum values, malformed
 * UUIDs, out-of-range, huge and deeply nested values), whole bodies that are not the JSON asked for
 * (other JSON types, truncated, duplicate keys, invalid UTF-8, oversized), wrong content types,
 * path ids that are not UUIDs and query parameters of the wrong type. First every such case once,
 * then random combinations of them up to the count asked for. The same seed gives the same
 * requests.
 */
final class InvalidRequests {

  static final int OVERSIZED_BODY_BYTES = 1024 * 1024 + 64 * 1024;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] BAD_IDS = {
    "not-a-uuid",
    "1",
    "-1",
    "%00",
    "..%2F..%2Fetc%2Fpasswd",
    "00000000-0000-0000-0000-00000000000g",
    "%27%20OR%201%3D1--",
    "%F0%9F%92%A9",
    "%E2%80%AE%E2%80%8B",
    "null",
    "a".repeat(300),
  };

  /**
   * Ids that make the path bad HTTP: Jetty refuses the request before the stub sees it, answers the
   * JSON 400 and closes the connection after draining at most {@value #JETTY_DRAIN_BYTES} bytes of
   * the body it did not read. A client still sending a larger body may then see a connection reset
   * instead of the 400 (measured: ~7 of 100 calls with a 100 KB body; the README names this limit),
   * so these ids are combined only with bodies that fit.
   */
  private static final List<String> BAD_HTTP_IDS = List.of("%00");

  private static final int JETTY_DRAIN_BYTES = 8 * 1024;

  private static final String[] WRONG_CONTENT_TYPES = {
    null,
    "text/plain",
    "application/xml",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=crego",
    "application/json; charset=iso-8859-1",
  };

  /** A change that makes a body invalid, drawing any values it needs from the random source. */
  private record BodyMutation(String name, BiConsumer<ObjectNode, Random> apply) {}

  private final CregoSpec spec;
  private final SchemaFacts schemas;
  private final String token;
  private final Random random;

  InvalidRequests(CregoSpec spec, String token, long seed) {
    this.spec = spec;
    this.schemas = new SchemaFacts(spec.schemas());
    this.token = token;
    this.random = new Random(seed);
  }

  /** Every case once, then random combinations until there are at least {@code count}. */
  List<FuzzRequest> generate(int count) {
    List<FuzzRequest> requests = new ArrayList<>();
    List<SpecOperation> withInput = new ArrayList<>();
    for (SpecOperation operation : spec.operations()) {
      List<FuzzRequest> cases = everyCase(operation);
      if (!cases.isEmpty()) {
        withInput.add(operation);
        requests.addAll(cases);
      }
    }
    while (requests.size() < count) {
      requests.add(combination(withInput.get(random.nextInt(withInput.size()))));
    }
    return requests;
  }

  private List<FuzzRequest> everyCase(SpecOperation operation) {
    List<FuzzRequest> cases = new ArrayList<>();
    String path = validPath(operation);
    ObjectNode body = validBody(operation);
    if (body != null) {
      for (BodyMutation mutation : bodyMutations(operation)) {
        ObjectNode changed = body.deepCopy();
        mutation.apply.accept(changed, random);
        cases.add(json(operation, mutation.name, path, bytes(changed)));
      }
      for (Map.Entry<String, byte[]> malformed : malformedBodies(operation).entrySet()) {
        cases.add(json(operation, malformed.getKey(), path, malformed.getValue()));
      }
      for (String contentType : WRONG_CONTENT_TYPES) {
        cases.add(withContentType(operation, path, bytes(body), contentType));
      }
      cases.add(json(operation, "oversized body", path, oversized()));
    }
    for (SpecOperation.Parameter parameter : operation.parameters("path")) {
      for (String badId : BAD_IDS) {
        cases.add(
            request(
                operation,
                "path " + parameter.name() + "=" + badId,
                withPathParameter(operation, parameter.name(), badId),
                body));
      }
    }
    for (SpecOperation.Parameter parameter : operation.parameters("query")) {
      for (String bad : badQueryValues(parameter)) {
        cases.add(
            request(
                operation,
                "query " + parameter.name() + "=" + bad,
                withQueryParameter(path, parameter.name(), bad),
                body));
      }
    }
    return cases;
  }

  /** One to three body changes, sometimes with a bad path id or query value as well. */
  private FuzzRequest combination(SpecOperation operation) {
    String path = validPath(operation);
    List<String> what = new ArrayList<>();
    List<SpecOperation.Parameter> pathParameters = operation.parameters("path");
    List<SpecOperation.Parameter> queryParameters = new ArrayList<>();
    for (SpecOperation.Parameter parameter : operation.parameters("query")) {
      if (!badQueryValues(parameter).isEmpty()) {
        queryParameters.add(parameter);
      }
    }
    ObjectNode body = validBody(operation);
    List<BodyMutation> mutations = body == null ? List.of() : bodyMutations(operation);
    boolean bodyChanged =
        !mutations.isEmpty()
            && (random.nextInt(4) > 0 || (pathParameters.isEmpty() && queryParameters.isEmpty()));
    if (bodyChanged) {
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        BodyMutation mutation = mutations.get(random.nextInt(mutations.size()));
        mutation.apply.accept(body, random);
        what.add(mutation.name);
      }
    }
    boolean pathChanged = !pathParameters.isEmpty() && (!bodyChanged || random.nextBoolean());
    if (pathChanged) {
      SpecOperation.Parameter parameter = pathParameters.get(random.nextInt(pathParameters.size()));
      List<String> ids = List.of(BAD_IDS);
      if (bodyChanged && body.toString().length() > JETTY_DRAIN_BYTES) {
        ids = ids.stream().filter(id -> !BAD_HTTP_IDS.contains(id)).toList();
      }
      String badId = ids.get(random.nextInt(ids.size()));
      path = withPathParameter(operation, parameter.name(), badId);
      what.add("path " + parameter.name() + "=" + badId);
    }
    if (!queryParameters.isEmpty() && (!(bodyChanged || pathChanged) || random.nextBoolean())) {
      SpecOperation.Parameter parameter =
          queryParameters.get(random.nextInt(queryParameters.size()));
      List<String> bad = badQueryValues(parameter);
      String value = bad.get(random.nextInt(bad.size()));
      path = withQueryParameter(path, parameter.name(), value);
      what.add("query " + parameter.name() + "=" + value);
    }
    return request(operation, "random: " + String.join(", ", what), path, body);
  }

  // ---- bodies -------------------------------------------------------------------------------

  private ObjectNode validBody(SpecOperation operation) {
    if (operation.requestBodySchema() == null) {
      return null;
    }
    JsonNode example = schemas.requestExample(operation.pointer());
    return example != null && example.isObject()
        ? (ObjectNode) example.deepCopy()
        : NODES.objectNode();
  }

  private List<BodyMutation> bodyMutations(SpecOperation operation) {
    List<BodyMutation> mutations = new ArrayList<>();
    JsonNode schema = schemas.at(operation.requestBodySchema());
    collect(schema, "", validBody(operation), 0, mutations);
    return mutations;
  }

  /** Mutations of the object at {@code pointer}, and of the objects inside it, two levels deep. */
  private void collect(
      JsonNode schema, String pointer, JsonNode example, int depth, List<BodyMutation> mutations) {
    for (String required : schemas.required(schema)) {
      mutations.add(
          new BodyMutation(
              "missing " + pointer + "/" + required,
              (body, r) -> object(body, pointer).remove(required)));
    }
    for (Map.Entry<String, JsonNode> property : schemas.properties(schema).entrySet()) {
      String name = property.getKey();
      JsonNode propertySchema = property.getValue();
      String type = SchemaFacts.type(propertySchema);
      if (type == null || propertySchema.path("readOnly").asBoolean(false)) {
        continue;
      }
      String field = pointer + "/" + name;
      for (JsonNode wrong : wrongValues(type, propertySchema)) {
        mutations.add(
            set(field + ": wrong type " + abbreviate(wrong), pointer, name, (r) -> wrong));
      }
      if (propertySchema.has("enum")) {
        mutations.add(
            set(
                field + ": unknown enum value",
                pointer,
                name,
                r -> NODES.textNode("NOT_A_VALUE_" + Long.toHexString(r.nextLong()))));
      }
      if ("uuid".equals(propertySchema.path("format").asText())) {
        mutations.add(
            set(
                field + ": not a UUID",
                pointer,
                name,
                r -> NODES.textNode(BAD_IDS[r.nextInt(BAD_IDS.length)])));
      }
      if (type.equals("string") && propertySchema.has("maxLength")) {
        int max = propertySchema.get("maxLength").asInt();
        mutations.add(
            set(
                field + ": huge string",
                pointer,
                name,
                r -> NODES.textNode(junk(r, max + 1 + r.nextInt(200_000)))));
      }
      if (type.equals("number") || type.equals("integer")) {
        mutations.add(
            set(
                field + ": huge number",
                pointer,
                name,
                r ->
                    r.nextBoolean()
                        ? NODES.numberNode(
                            new BigDecimal(
                                (r.nextBoolean() ? "-" : "") + "1e" + (400 + r.nextInt(100_000))))
                        : NODES.numberNode(
                            new java.math.BigInteger("9".repeat(20 + r.nextInt(60))))));
        if (propertySchema.has("maximum")) {
          BigDecimal above = propertySchema.get("maximum").decimalValue().add(BigDecimal.ONE);
          mutations.add(
              set(field + ": above maximum", pointer, name, r -> NODES.numberNode(above)));
        }
        if (propertySchema.has("minimum")) {
          BigDecimal below = propertySchema.get("minimum").decimalValue().subtract(BigDecimal.ONE);
          mutations.add(
              set(field + ": below minimum", pointer, name, r -> NODES.numberNode(below)));
        }
      }
      if (!type.equals("object") && !type.equals("array")) {
        mutations.add(
            set(field + ": deep nesting", pointer, name, r -> nested(65 + r.nextInt(900))));
      }
      JsonNode inner = example == null ? null : example.get(name);
      if (depth < 2 && type.equals("object") && inner != null && inner.isObject()) {
        collect(propertySchema, field, inner, depth + 1, mutations);
      }
      JsonNode items = schemas.resolve(propertySchema.path("items"));
      if (depth < 2
          && type.equals("array")
          && inner != null
          && inner.size() > 0
          && inner.get(0).isObject()
          && "object".equals(SchemaFacts.type(items))) {
        collect(items, field + "/0", inner.get(0), depth + 1, mutations);
      }
    }
  }

  private static BodyMutation set(
      String name,
      String pointer,
      String property,
      java.util.function.Function<Random, JsonNode> value) {
    return new BodyMutation(name, (body, r) -> object(body, pointer).set(property, value.apply(r)));
  }

  /** The object at a pointer of the body; a scratch object when an earlier change removed it. */
  private static ObjectNode object(ObjectNode body, String pointer) {
    JsonNode target = pointer.isEmpty() ? body : body.at(pointer);
    return target instanceof ObjectNode object ? object : NODES.objectNode();
  }

  /** Values of every JSON type the declared type is not. */
  private static List<JsonNode> wrongValues(String type, JsonNode schema) {
    List<JsonNode> wrong = new ArrayList<>();
    if (!type.equals("string")) {
      wrong.add(NODES.textNode("x"));
    }
    if (!type.equals("number") && !type.equals("integer")) {
      wrong.add(NODES.numberNode(12345));
    }
    if (type.equals("integer")) {
      wrong.add(NODES.numberNode(new BigDecimal("1.5")));
    }
    if (!type.equals("boolean")) {
      wrong.add(NODES.booleanNode(true));
    }
    if (!type.equals("object")) {
      wrong.add(NODES.objectNode().put("nested", 1));
    }
    if (!type.equals("array")) {
      wrong.add(NODES.arrayNode().add(1));
    }
    if (!schema.path("nullable").asBoolean(false)) {
      wrong.add(NODES.nullNode());
    }
    return wrong;
  }

  private Map<String, byte[]> malformedBodies(SpecOperation operation) {
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    for (String text :
        new String[] {
          "[]",
          "\"x\"",
          "42",
          "null",
          "true",
          "{",
          "{\"a\":}",
          "{} {}",
          "{\"x\":1,\"x\":2}",
          "   ",
          "\uFEFF[",
          "{'single':'quotes'}",
          "NaN"
        }) {
      bodies.put("malformed body " + text.strip(), text.getBytes(StandardCharsets.UTF_8));
    }
    if (!schemas.required(schemas.at(operation.requestBodySchema())).isEmpty()) {
      bodies.put("empty object", "{}".getBytes(StandardCharsets.UTF_8));
    }
    bodies.put("invalid UTF-8", concat("{\"x\":\"", new byte[] {(byte) 0xC3, 0x28}, "\"}"));
    bodies.put("overlong UTF-8", concat("{\"x\":\"", new byte[] {(byte) 0xC0, (byte) 0xAF}, "\"}"));
    bodies.put(
        "UTF-16 surrogate in UTF-8",
        concat("{\"x\":\"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}"));
    bodies.put(
        "deep nesting",
        ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
    byte[] garbage = new byte[512];
    random.nextBytes(garbage);
    bodies.put("random bytes", garbage);
    return bodies;
  }

  private static JsonNode nested(int depth) {
    ArrayNode outer = NODES.arrayNode();
    ArrayNode current = outer;
    for (int i = 1; i < depth; i++) {
      ArrayNode inner = NODES.arrayNode();
      current.add(inner);
      current = inner;
    }
    return outer;
  }

  private static byte[] oversized() {
    StringBuilder body = new StringBuilder(OVERSIZED_BODY_BYTES + 16).append("{\"pad\":\"");
    body.append("x".repeat(OVERSIZED_BODY_BYTES)).append("\"}");
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Text that is no valid value of anything: control characters, emoji, right-to-left marks. */
  private static String junk(Random r, int length) {
    String alphabet = "aZ9 \t\u0000\u001f\"\\/<>'%\u00e9\u202e\u200b\ud83d\udca9";
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return text.substring(0, length);
  }

  // ---- paths and parameters ------------------------------------------------------------------

  private String validPath(SpecOperation operation) {
    return withPathParameter(operation, null, null);
  }

  /** The operation's path with random UUIDs for its ids, one replaced by {@code value}. */
  private String withPathParameter(SpecOperation operation, String name, String value) {
    String path = operation.pathTemplate();
    for (SpecOperation.Parameter parameter : operation.parameters("path")) {
      String id =
          parameter.name().equals(name)
              ? value
              : new UUID(random.nextLong(), random.nextLong()).toString();
      path = path.replace("{" + parameter.name() + "}", id);
    }
    List<String> query = new ArrayList<>();
    for (SpecOperation.Parameter parameter : operation.parameters("query")) {
      if (parameter.required()) {
        query.add(parameter.name() + "=" + encode(sample(parameter)));
      }
    }
    return query.isEmpty() ? path : path + "?" + String.join("&", query);
  }

  /** The path with the parameter set to {@code value}, replacing a value it had. */
  private static String withQueryParameter(String path, String name, String value) {
    int question = path.indexOf('?');
    List<String> query = new ArrayList<>();
    if (question >= 0) {
      for (String pair : path.substring(question + 1).split("&")) {
        if (!pair.startsWith(name + "=")) {
          query.add(pair);
        }
      }
    }
    query.add(name + "=" + encode(value));
    return (question < 0 ? path : path.substring(0, question)) + "?" + String.join("&", query);
  }

  private String sample(SpecOperation.Parameter parameter) {
    JsonNode schema = schemas.at(parameter.schema());
    if (schema.has("enum")) {
      return schema.get("enum").get(0).asText();
    }
    if ("uuid".equals(schema.path("format").asText())) {
      return UUID.randomUUID().toString();
    }
    if ("integer".equals(schema.path("type").asText())
        || "number".equals(schema.path("type").asText())) {
      return String.valueOf(schema.path("minimum").asLong(1));
    }
    return "sample";
  }

  /** Values the parameter's schema refuses; none for free text. */
  private List<String> badQueryValues(SpecOperation.Parameter parameter) {
    if (parameter.schema() == null) {
      return List.of();
    }
    JsonNode schema = schemas.at(parameter.schema());
    String type = SchemaFacts.type(schema);
    List<String> bad = new ArrayList<>();
    if (schema.has("enum")) {
      bad.add("NOT_AN_ENUM_VALUE");
    } else if ("uuid".equals(schema.path("format").asText())) {
      bad.add("not-a-uuid");
      bad.add("1");
    } else if ("integer".equals(type) || "number".equals(type)) {
      bad.add("abc");
      bad.add("1e400");
      bad.add("9".repeat(40));
      if ("integer".equals(type)) {
        bad.add("1.5");
      }
      if (schema.has("minimum")) {
        bad.add(schema.get("minimum").decimalValue().subtract(BigDecimal.ONE).toPlainString());
      }
      if (schema.has("maximum")) {
        bad.add(schema.get("maximum").decimalValue().add(BigDecimal.ONE).toPlainString());
      }
    } else if ("boolean".equals(type)) {
      bad.add("maybe");
    } else if (schema.has("maxLength")) {
      bad.add("q".repeat(schema.get("maxLength").asInt() + 1));
    }
    return bad;
  }

  // ---- requests ------------------------------------------------------------------------------

  private FuzzRequest request(
      SpecOperation operation, String mutation, String path, ObjectNode body) {
    return body == null
        ? new FuzzRequest(operation.operationId(), mutation, operation.method(), path, auth(), null)
        : json(operation, mutation, path, bytes(body));
  }

  private FuzzRequest json(SpecOperation operation, String mutation, String path, byte[] body) {
    return withContentType(operation, path, body, "application/json").withMutation(mutation);
  }

  private FuzzRequest withContentType(
      SpecOperation operation, String path, byte[] body, String contentType) {
    Map<String, String> headers = new LinkedHashMap<>(auth());
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    return new FuzzRequest(
        operation.operationId(),
        "content type " + contentType,
        operation.method(),
        path,
        headers,
        body);
  }

  private Map<String, String> auth() {
    return Map.of("Authorization", "Bearer " + token);
  }

  private static String encode(String value) {
    // already-escaped ids (%00, %2F…) stay as they are: they test the path decoder
    return value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(JsonNode node) {
    return Json.write(node).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String abbreviate(JsonNode value) {
    String text = value.toString();
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }
}
