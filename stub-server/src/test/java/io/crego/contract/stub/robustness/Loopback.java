package io.crego.contract.stub.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.core.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * An HTTP client for a stub on a loopback port. Every call is bounded in time; a call that runs out
 * of time is an answer of its own ({@link Answer#timedOut()}), for the tests that count hangs.
 */
final class Loopback {

  static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

  private final HttpClient client;
  private final String baseUrl;

  Loopback(String baseUrl, int threads) {
    this.baseUrl = baseUrl;
    this.client =
        HttpClient.newBuilder()
            // HTTP/1.1 as browsers and curl speak it to a plain-HTTP server: the JDK client's
            // default h2c upgrade would multiplex calls on one connection, so that one refused
            // oversized body would take every call in flight down with it
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(threads, Loopback::daemon))
            .build();
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "robustness-http");
    thread.setDaemon(true);
    return thread;
  }

  /** What came back: the status and body, or a time-out (status 0). */
  record Answer(int status, String body, boolean timedOut) {
    JsonNode json() {
      return Json.read(body, JsonNode.class);
    }

    @Override
    public String toString() {
      return timedOut ? "(timed out)" : status + " " + body;
    }
  }

  Answer send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
            .timeout(CALL_TIMEOUT)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body(), false);
    } catch (HttpTimeoutException e) {
      return new Answer(0, "", true);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + pathAndQuery + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer json(String method, String pathAndQuery, String token, String json) {
    Map<String, String> headers =
        token == null
            ? Map.of("Content-Type", "application/json")
            : Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token);
    return send(
        method, pathAndQuery, headers, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  Answer get(String pathAndQuery, String token) {
    return send(
        "GET",
        pathAndQuery,
        token == null ? Map.of() : Map.of("Authorization", "Bearer " + token),
        null);
  }
}
