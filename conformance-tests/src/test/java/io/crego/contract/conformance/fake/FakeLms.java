package io.crego.contract.conformance.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.RouteMatch;
import io.crego.contract.spec.SpecOperation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small, correct implementation of part of the spec, for the suite's own tests: it checks tokens,
 * content types and bodies against the spec like a real server, keeps Records in memory with their
 * lifecycle, and answers every other operation with the spec's example.
 */
public final class FakeLms implements AutoCloseable {

  public static final String USER = "admin";
  public static final String PASSWORD = "admin";
  public static final String TOKEN = "fake-access-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CregoSpec spec = CregoSpec.get();
  private final HttpServer server;
  private final FakeRecords records;

  static {
    // without it the JDK server waits on Nagle's algorithm for every small answer (~40 ms each)
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private FakeLms() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    records = new FakeRecords(example("#/components/examples/RecordPending"));
    server.start();
  }

  public static FakeLms start() {
    try {
      return new FakeLms();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] raw = exchange.getRequestBody().readAllBytes();
      FakeAnswer answer = answer(exchange, new String(raw, StandardCharsets.UTF_8));
      byte[] body = answer.body() == null ? new byte[0] : JSON.writeValueAsBytes(answer.body());
      if (answer.body() != null) {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
      }
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private FakeAnswer answer(HttpExchange exchange, String text) {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    if (path.equals("/__admin/health")) {
      return new FakeAnswer(404, null);
    }
    Optional<RouteMatch> route = spec.match(method, path);
    if (route.isEmpty()) {
      return FakeAnswer.error(
          404, "ROUTE_NOT_FOUND", "No route " + method + " " + path, null, null);
    }
    SpecOperation op = route.get().operation();
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    boolean hasToken = ("Bearer " + TOKEN).equals(auth);
    if ((op.authRequired() && !hasToken) || (op.authOptional() && auth != null && !hasToken)) {
      return FakeAnswer.error(
          401, "UNAUTHORIZED", "Send Authorization: Bearer <token>.", null, null);
    }
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    Optional<FakeAnswer> invalid =
        FakeRequestCheck.check(
            spec,
            op,
            route.get(),
            query,
            exchange.getRequestHeaders().getFirst("Content-Type"),
            text);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    JsonNode body = text.isBlank() ? JsonNodeFactory.instance.objectNode() : read(text);
    String id = route.get().pathParams().get("id");
    return switch (op.operationId()) {
      case "getToken" -> login(body);
      case "refreshToken" -> new FakeAnswer(200, token());
      case "createRecord" -> records.create(body, accounts());
      case "updateNachPresentationStatus" -> records.nachStatus(id, body);
      case "getRecord" -> records.get(id);
      case "listRecords" -> records.list(query);
      case "requestRecordApproval" -> records.requestApproval(id);
      case "markRecordProcessed" ->
          records.markProcessed(
              id, body, example("#/components/examples/RecordProcessed").path("collection_bank"));
      default -> fromExample(op, query);
    };
  }

  /** Create Account answers its example, so the example's account is the one that exists. */
  private java.util.Set<String> accounts() {
    return java.util.Set.of(example("#/components/examples/Account").path("id").asText());
  }

  private FakeAnswer login(JsonNode body) {
    if (USER.equals(body.path("username").asText())
        && PASSWORD.equals(body.path("password").asText())) {
      return new FakeAnswer(200, token());
    }
    return FakeAnswer.error(401, "INVALID_CREDENTIALS", "No active account found.", null, null);
  }

  private static ObjectNode token() {
    ObjectNode token = JsonNodeFactory.instance.objectNode();
    return token
        .put("access", TOKEN)
        .put("refresh", "fake-refresh-token")
        .put("expires_in", 900)
        .put("token_type", "Bearer");
  }

  /** The operation's success with its example; a page gets the page asked for. */
  private FakeAnswer fromExample(SpecOperation op, Map<String, String> query) {
    int status =
        op.responseCodes().stream().filter(c -> c / 100 == 2).sorted().findFirst().orElse(200);
    if (op.responseSchema(status).isEmpty()) {
      return new FakeAnswer(status, null);
    }
    JsonNode content =
        node(op.pointer() + "/responses/" + status).path("content").path("application/json");
    JsonNode example = content.has("example") ? content.get("example") : firstExample(content);
    if (example instanceof ObjectNode page && page.has("current_page")) {
      page = page.deepCopy();
      page.put("current_page", Integer.parseInt(query.getOrDefault("page", "1")));
      page.put("page_size", Integer.parseInt(query.getOrDefault("page_size", "15")));
      return new FakeAnswer(status, page);
    }
    return new FakeAnswer(status, example);
  }

  private JsonNode firstExample(JsonNode content) {
    Iterator<JsonNode> examples = content.path("examples").elements();
    if (!examples.hasNext()) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode first = examples.next();
    return first.has("$ref") ? example(first.get("$ref").asText()) : first.path("value");
  }

  private JsonNode example(String pointer) {
    return node(pointer).path("value");
  }

  /** The node at a pointer of the spec, following a {@code $ref} there. */
  private JsonNode node(String pointer) {
    JsonNode node = spec.raw().at(pointer.substring(1));
    return node.has("$ref") ? node(node.get("$ref").asText()) : node;
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      query.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return query;
  }
}
