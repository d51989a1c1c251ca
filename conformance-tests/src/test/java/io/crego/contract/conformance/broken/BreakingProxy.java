package io.crego.contract.conformance.broken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sits in front of a correct target and breaks one rule of the contract: the suite, pointed at it,
 * must fail. Everything else passes through unchanged.
 */
final class BreakingProxy implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern RECORD_TRANSITION =
      Pattern.compile("(/v1/lms/records/[^/]+/)(request_approval|mark_processed)/");

  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final String upstream;
  private final Breakage breakage;
  private final String goodToken;

  static {
    // without it the JDK server waits on Nagle's algorithm for every small answer (~40 ms each)
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  BreakingProxy(String upstream, Breakage breakage, String goodToken) {
    this.upstream = upstream;
    this.breakage = breakage;
    this.goodToken = goodToken;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (breakage == Breakage.ACCEPT_UNAUTHENTICATED && auth == null) {
        auth = "Bearer " + goodToken;
      }
      Matcher transition = RECORD_TRANSITION.matcher(path);
      Reply reply;
      if (breakage == Breakage.TRANSITION_NOT_APPLIED && transition.matches()) {
        reply = send("GET", transition.group(1), null, auth, null, new byte[0]);
      } else {
        reply =
            send(
                exchange.getRequestMethod(),
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
        }
      }
      reply = distort(reply);
      byte[] out = reply.body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      if (reply.contentType != null) {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType);
      }
      exchange.sendResponseHeaders(reply.status, out.length == 0 ? -1 : out.length);
      exchange.getResponseBody().write(out);
    }
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

  private Reply distort(Reply reply) throws IOException {
    boolean success = reply.status / 100 == 2 && !reply.body.isBlank();
    switch (breakage) {
      case UNDECLARED_STATUS:
        return reply.status / 100 == 2 ? new Reply(202, reply.contentType, reply.body) : reply;
      case WRONG_CONTENT_TYPE:
        return reply.body.isBlank() ? reply : new Reply(reply.status, "text/plain", reply.body);
      case DROP_REQUIRED_FIELD, CHANGE_TYPE, BROKEN_LIST_ENVELOPE:
        if (!success) {
          return reply;
        }
        JsonNode json = JSON.readTree(reply.body);
        if (json instanceof ObjectNode object) {
          change(object);
        }
        return new Reply(reply.status, reply.contentType, JSON.writeValueAsString(json));
      default:
        return reply;
    }
  }

  private void change(ObjectNode body) {
    if (breakage == Breakage.BROKEN_LIST_ENVELOPE) {
      if (body.has("current_page")) {
        body.put("current_page", body.get("current_page").asInt() + 1);
      }
      return;
    }
    ObjectNode target = body;
    if (body.path("results").path(0) instanceof ObjectNode first) {
      target = first;
    }
    if (breakage == Breakage.DROP_REQUIRED_FIELD) {
      target.remove(target.has("id") ? "id" : target.fieldNames().next());
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = target.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isNumber()) {
        target.put(field.getKey(), field.getValue().asText());
        return;
      }
    }
  }

  private record Reply(int status, String contentType, String body) {}
}
