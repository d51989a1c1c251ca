package io.crego.contract.conformance.broken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Sits in front of a correct target and either breaks one rule of the contract (the suite, pointed
 * at it, must fail) or answers in a way the contract allows but the target never does (the suite
 * must pass). Everything else passes through unchanged.
 */
final class BreakingProxy implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern RECORD_TRANSITION =
      Pattern.compile("(/v1/lms/records/[^/]+/)(request_approval|mark_processed)/");
  private static final Pattern RECORD = Pattern.compile("/v1/lms/records/[0-9a-f-]{36}/");
  private static final String SLOW_PATH = "/auth/ping/";
  private static final String RECORDS = "/v1/lms/records/";

  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final String upstream;
  private final Breakage breakage;
  private final Variation variation;
  private final String goodToken;
  private final long slowMillis;
  private final Map<String, Reply> firstReads = new ConcurrentHashMap<>();
  private final AtomicInteger applied = new AtomicInteger();

  static {
    // without it the JDK server waits on Nagle's algorithm for every small answer (~40 ms each)
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  BreakingProxy(String upstream, Breakage breakage, String goodToken) {
    this(upstream, breakage, Variation.NONE, goodToken, 0);
  }

  BreakingProxy(String upstream, Variation variation) {
    this(upstream, Breakage.NONE, variation, null, 0);
  }

  /**
   * @param slowMillis how long the slow endpoint ({@link Breakage#SLOW_ENDPOINT}) takes
   */
  BreakingProxy(
      String upstream, Breakage breakage, Variation variation, String goodToken, long slowMillis) {
    this.upstream = upstream;
    this.breakage = breakage;
    this.variation = variation;
    this.goodToken = goodToken;
    this.slowMillis = slowMillis;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How many answers the breakage or variation changed. */
  int applied() {
    return applied.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      String query = rewriteQuery(method, exchange.getRequestURI().getRawQuery());
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (breakage == Breakage.ACCEPT_UNAUTHENTICATED && auth == null) {
        auth = "Bearer " + goodToken;
        applied.incrementAndGet();
      }
      if (breakage == Breakage.RECORD_CREATION_DROPPED
          && method.equals("POST")
          && path.equals(RECORDS)) {
        applied.incrementAndGet();
        return; // closed before any answer: the client sees the connection end
      }
      if (breakage == Breakage.SLOW_ENDPOINT && path.equals(SLOW_PATH)) {
        applied.incrementAndGet();
        sleep(slowMillis);
      }
      Matcher transition = RECORD_TRANSITION.matcher(path);
      Reply reply;
      if (breakage == Breakage.TRANSITION_NOT_APPLIED && transition.matches()) {
        reply = send("GET", transition.group(1), null, auth, null, new byte[0]);
        applied.incrementAndGet();
      } else {
        reply =
            send(
                method,
                path,
                query,
                auth,
                exchange.getRequestHeaders().getFirst("Content-Type"),
                body);
        if (breakage == Breakage.TRANSITION_WRONGLY_ALLOWED
            && transition.matches()
            && reply.status == 409
            && reply.body.contains("TRANSITION_NOT_ALLOWED")) {
          reply = send("GET", transition.group(1), null, auth, null, new byte[0]);
          applied.incrementAndGet();
        }
      }
      if (breakage == Breakage.STALE_READS) {
        reply = stale(method, path, reply);
      }
      reply = distort(reply, method, path, body, exchange.getRequestURI().getRawQuery());
      respond(exchange, reply);
    }
  }

  /** A record is remembered as created, and every later read of it answers that. */
  private Reply stale(String method, String path, Reply reply) throws IOException {
    if (method.equals("POST") && path.equals("/v1/lms/records/") && reply.status == 201) {
      String id = JSON.readTree(reply.body).path("id").asText();
      firstReads.put(path + id + "/", new Reply(200, reply.contentType, reply.body));
      return reply;
    }
    if (method.equals("GET") && RECORD.matcher(path).matches() && reply.status == 200) {
      Reply created = firstReads.get(path);
      if (created != null && !created.body.equals(reply.body)) {
        applied.incrementAndGet();
        return created;
      }
    }
    return reply;
  }

  /** Filters and pages a broken target does not honour are not passed on. */
  private String rewriteQuery(String method, String query) {
    if (query == null || !method.equals("GET")) {
      return query;
    }
    String dropped =
        switch (breakage) {
          case FILTER_IGNORED -> "status";
          case PAGES_REPEAT -> "page";
          default -> null;
        };
    if (dropped == null) {
      return query;
    }
    List<String> kept = new ArrayList<>();
    for (String pair : query.split("&")) {
      if (pair.startsWith(dropped + "=")) {
        applied.incrementAndGet();
      } else {
        kept.add(pair);
      }
    }
    return kept.isEmpty() ? null : String.join("&", kept);
  }

  private void respond(HttpExchange exchange, Reply reply) throws IOException {
    byte[] out = reply.body.getBytes(StandardCharsets.UTF_8);
    String type = reply.contentType;
    if (variation == Variation.CHARSET_PARAMETER
        && type != null
        && type.equals("application/json")) {
      type = "application/json;charset=UTF-8";
      applied.incrementAndGet();
    }
    if (type != null) {
      exchange.getResponseHeaders().set("Content-Type", type);
    }
    String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
    if (variation == Variation.GZIP_WHEN_ASKED
        && out.length > 0
        && accepts != null
        && accepts.contains("gzip")) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
        gzip.write(out);
      }
      out = zipped.toByteArray();
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      applied.incrementAndGet();
    }
    long length = out.length == 0 ? -1 : out.length;
    if (variation == Variation.CHUNKED && out.length > 0) {
      length = 0; // the JDK server then sends chunks
      applied.incrementAndGet();
    }
    exchange.sendResponseHeaders(reply.status, length);
    exchange.getResponseBody().write(out);
  }

  private Reply send(
      String method, String path, String query, String auth, String type, byte[] body)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(upstream + path + (query == null ? "" : "?" + query)))
            .method(
                method,
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    if (type != null) {
      request.header("Content-Type", type);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private Reply distort(Reply reply, String method, String path, byte[] sent, String query)
      throws IOException {
    boolean success = reply.status / 100 == 2 && !reply.body.isBlank();
    boolean error = reply.status / 100 == 4;
    switch (breakage) {
      case UNDECLARED_STATUS:
        return reply.status / 100 == 2
            ? changed(new Reply(202, reply.contentType, reply.body))
            : reply;
      case GATEWAY_ERRORS:
        return reply.status / 100 == 2 && !path.startsWith("/auth/")
            ? changed(
                new Reply(
                    503,
                    "application/json",
                    "{\"code\": \"SERVICE_UNAVAILABLE\", \"message\": \"down\", \"errors\": []}"))
            : reply;
      case STATUS_SWAP:
        return reply.status == 201 ? changed(new Reply(200, reply.contentType, reply.body)) : reply;
      case WRONG_CONTENT_TYPE:
        return reply.body.isBlank()
            ? reply
            : changed(new Reply(reply.status, "text/plain", reply.body));
      case FORBIDDEN_INSTEAD_OF_UNAUTHORIZED:
        return reply.status == 401 ? changed(new Reply(403, reply.contentType, reply.body)) : reply;
      case HTML_ERRORS:
        return error
            ? changed(
                new Reply(
                    reply.status,
                    "text/html",
                    "<html><body><h1>" + reply.status + " Error</h1></body></html>"))
            : reply;
      case FOREIGN_ERROR_SHAPE:
        if (!error) {
          return reply;
        }
        ObjectNode detail = JSON.createObjectNode();
        detail.put("detail", JSON.readTree(reply.body).path("message").asText("error"));
        return changed(new Reply(reply.status, reply.contentType, JSON.writeValueAsString(detail)));
      case ERRORS_WITHOUT_POINTERS:
        if (reply.status != 400) {
          return reply;
        }
        JsonNode problem = JSON.readTree(reply.body);
        if (problem instanceof ObjectNode object && object.has("errors")) {
          object.putArray("errors");
          return changed(
              new Reply(reply.status, reply.contentType, JSON.writeValueAsString(object)));
        }
        return reply;
      case DROP_REQUIRED_FIELD,
      CHANGE_TYPE,
      BROKEN_LIST_ENVELOPE,
      OMIT_NULL_FIELDS,
      NON_UUID_IDS,
      MILLISECOND_TIMESTAMPS,
      SETS_NOT_SET,
      CREATE_DOES_NOT_KEEP_THE_BODY,
      PAGES_REPEAT:
        if (!success) {
          return reply;
        }
        JsonNode json = JSON.readTree(reply.body);
        if (json instanceof ObjectNode object && change(object, reply, method, path, sent, query)) {
          return changed(new Reply(reply.status, reply.contentType, JSON.writeValueAsString(json)));
        }
        return reply;
      default:
        return success ? vary(reply) : reply;
    }
  }

  private Reply changed(Reply reply) {
    applied.incrementAndGet();
    return reply;
  }

  /** Changes the body in place; true when it changed anything. */
  private boolean change(
      ObjectNode body, Reply reply, String method, String path, byte[] sent, String query)
      throws IOException {
    switch (breakage) {
      case BROKEN_LIST_ENVELOPE:
        if (body.has("current_page")) {
          body.put("current_page", body.get("current_page").asInt() + 1);
          return true;
        }
        return false;
      case PAGES_REPEAT:
        // the page asked for is claimed, but page 1's results are served
        String page = queryValue(query, "page");
        if (body.has("current_page") && page != null) {
          body.put("current_page", Integer.parseInt(page));
          return true;
        }
        return false;
      case OMIT_NULL_FIELDS:
        return removeNulls(body);
      case NON_UUID_IDS:
        return replaceIds(body);
      case MILLISECOND_TIMESTAMPS:
        return toMilliseconds(body);
      case SETS_NOT_SET:
        boolean processed =
            path.endsWith("/mark_processed/")
                || (RECORD.matcher(path).matches()
                    && "processed".equals(body.path("status").asText()));
        if (processed && body.has("utr")) {
          body.putNull("utr");
          return true;
        }
        return false;
      case CREATE_DOES_NOT_KEEP_THE_BODY:
        return reply.status == 201 && method.equals("POST") && offByOne(body, sent);
      default:
        ObjectNode target = body;
        if (body.path("results").path(0) instanceof ObjectNode first) {
          target = first;
        }
        if (breakage == Breakage.DROP_REQUIRED_FIELD) {
          target.remove(target.has("id") ? "id" : target.fieldNames().next());
          return true;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = target.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          if (field.getValue().isNumber()) {
            target.put(field.getKey(), field.getValue().asText());
            return true;
          }
        }
        return false;
    }
  }

  private static String queryValue(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static boolean removeNulls(JsonNode node) {
    boolean changed = false;
    if (node instanceof ObjectNode object) {
      List<String> nulls = new ArrayList<>();
      object
          .fields()
          .forEachRemaining(
              f -> {
                if (f.getValue().isNull()) {
                  nulls.add(f.getKey());
                }
              });
      object.remove(nulls);
      changed = !nulls.isEmpty();
    }
    for (JsonNode child : node) {
      changed |= removeNulls(child);
    }
    return changed;
  }

  private static boolean replaceIds(ObjectNode body) {
    boolean changed = false;
    if (body.path("id").isTextual()) {
      body.put("id", String.valueOf(Math.abs(body.get("id").asText().hashCode())));
      changed = true;
    }
    for (JsonNode item : body.path("results")) {
      if (item instanceof ObjectNode object && object.path("id").isTextual()) {
        object.put("id", String.valueOf(Math.abs(object.get("id").asText().hashCode())));
        changed = true;
      }
    }
    return changed;
  }

  private static boolean toMilliseconds(JsonNode node) {
    boolean changed = false;
    if (node instanceof ObjectNode object) {
      for (String field : List.of("created_at", "updated_at")) {
        if (object.path(field).isNumber()) {
          object.put(field, object.get(field).decimalValue().multiply(BigDecimal.valueOf(1000)));
          changed = true;
        }
      }
    }
    for (JsonNode child : node) {
      changed |= toMilliseconds(child);
    }
    return changed;
  }

  /** A number the request sent comes back one more than sent. */
  private static boolean offByOne(ObjectNode body, byte[] sent) throws IOException {
    if (sent.length == 0) {
      return false;
    }
    JsonNode request = JSON.readTree(sent);
    Iterator<Map.Entry<String, JsonNode>> fields = request.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isNumber() && body.path(field.getKey()).isNumber()) {
        body.put(field.getKey(), field.getValue().decimalValue().add(BigDecimal.ONE));
        return true;
      }
    }
    return false;
  }

  /** A success answer as the variation writes it; the JSON means the same. */
  private Reply vary(Reply reply) throws IOException {
    switch (variation) {
      case KEYS_REVERSED:
        applied.incrementAndGet();
        return new Reply(
            reply.status,
            reply.contentType,
            JSON.writeValueAsString(reversed(JSON.readTree(reply.body))));
      case PRETTY_PRINTED:
        applied.incrementAndGet();
        return new Reply(
            reply.status,
            reply.contentType,
            JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(reply.body)));
      case AMOUNT_NOTATION:
        JsonNode json = JSON.readTree(reply.body);
        if (swapAmountNotation(json)) {
          applied.incrementAndGet();
          return new Reply(reply.status, reply.contentType, JSON.writeValueAsString(json));
        }
        return reply;
      default:
        return reply;
    }
  }

  private static JsonNode reversed(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      object.fields().forEachRemaining(fields::add);
      Collections.reverse(fields);
      Map<String, JsonNode> ordered = new LinkedHashMap<>();
      fields.forEach(f -> ordered.put(f.getKey(), reversed(f.getValue())));
      ObjectNode copy = JSON.createObjectNode();
      copy.setAll(ordered);
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JSON.createArrayNode();
      array.forEach(item -> copy.add(reversed(item)));
      return copy;
    }
    return node;
  }

  /**
   * Whole amounts (keys ending in {@code amount}, all {@code number} in the spec) written the other
   * way: {@code 5000} as {@code 5000.0}, {@code 5000.0} as {@code 5000}.
   */
  private static boolean swapAmountNotation(JsonNode node) {
    boolean changed = false;
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = field.getValue();
        if (!field.getKey().endsWith("amount") || !value.isNumber()) {
          continue;
        }
        if (value.isIntegralNumber()) {
          field.setValue(DecimalNode.valueOf(new BigDecimal(value.bigIntegerValue()).setScale(1)));
          changed = true;
        } else if (value.decimalValue().stripTrailingZeros().scale() <= 0) {
          field.setValue(LongNode.valueOf(value.decimalValue().longValueExact()));
          changed = true;
        }
      }
    }
    for (JsonNode child : node) {
      changed |= swapAmountNotation(child);
    }
    return changed;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Reply(int status, String contentType, String body) {}
}
