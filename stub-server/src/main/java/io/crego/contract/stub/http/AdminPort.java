package io.crego.contract.stub.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.admin.AdminApi;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.ErrorResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The admin port ({@code --admin-port}): the stub's admin routes and the health check on a port of
 * their own, bound to the loopback address only, so that the public port can be exposed to a team
 * while resetting or importing state stays with whoever runs the stub. It serves nothing else.
 *
 * <p>A small JDK server rather than a second WireMock: WireMock's own admin API manages the
 * mappings of the server it runs in, and would manage the wrong one here.
 */
public final class AdminPort implements AutoCloseable {

  /** The only address the admin port binds. */
  public static final String LOOPBACK = "127.0.0.1";

  static final String HEALTH_PATH = "/__admin/health";

  /** State imports are whole exports: far larger than an API body, but still bounded. */
  static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService executor;

  private AdminPort(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * @param port the port, 0 for any free one
   * @throws PortInUseException when the port is taken
   */
  static AdminPort start(int port, Supplier<AdminApi> admin, PrintStream errors) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 0);
    } catch (BindException e) {
      throw new PortInUseException(port, e);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot open the admin port " + port, e);
    }
    ExecutorService executor =
        Executors.newFixedThreadPool(
            THREADS,
            runnable -> {
              Thread thread = new Thread(runnable, "crego-admin-port");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", exchange -> serve(exchange, admin, errors));
    server.start();
    return new AdminPort(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void serve(HttpExchange exchange, Supplier<AdminApi> admin, PrintStream errors)
      throws IOException {
    try (exchange) {
      ApiResponse response;
      try {
        response = answer(exchange, admin);
      } catch (RuntimeException e) {
        errors.println("INTERNAL ERROR on the admin port:");
        e.printStackTrace(errors);
        response =
            ErrorResponses.of(
                500, ErrorCode.INTERNAL_ERROR, "The admin API failed; see the stub's log.");
      }
      send(exchange, response);
    }
  }

  private static ApiResponse answer(HttpExchange exchange, Supplier<AdminApi> admin)
      throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    if (path.equals(HEALTH_PATH) || path.equals(HEALTH_PATH + "/")) {
      return method.equals("GET") || method.equals("HEAD")
          ? ApiResponse.json(200, "{\"status\":\"healthy\"}")
          : ErrorResponses.of(
              405, ErrorCode.METHOD_NOT_ALLOWED, "The health check answers GET only.");
    }
    if (!path.equals(AdminApi.PREFIX) && !path.startsWith(AdminApi.PREFIX + "/")) {
      return ErrorResponses.of(
          404,
          ErrorCode.ROUTE_NOT_FOUND,
          "The admin port serves "
              + AdminApi.PREFIX
              + "/… and "
              + HEALTH_PATH
              + " only; the API is on the public port.");
    }
    byte[] body = readBounded(exchange.getRequestBody());
    if (body == null) {
      return ErrorResponses.of(
          413,
          ErrorCode.PAYLOAD_TOO_LARGE,
          "An admin request body is at most " + MAX_BODY_BYTES + " bytes.");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
    String rawQuery = exchange.getRequestURI().getRawQuery();
    return admin
        .get()
        .handle(new ApiRequest(method, path, QueryString.parse(rawQuery), headers, body));
  }

  /** The body, or null when it is larger than allowed (reading stops there). */
  private static byte[] readBounded(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    return body.length > MAX_BODY_BYTES ? null : body;
  }

  private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    if (response.body() == null) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
    }
    byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(response.status(), head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** For tests and the banner: what the admin port serves. */
  static List<String> served() {
    return List.of(AdminApi.PREFIX + "/…", HEALTH_PATH);
  }
}
