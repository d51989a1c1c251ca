package io.crego.contract.stub.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crego.contract.stub.server.StubServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP client of the stub's tests: a request by method, path, headers and body; its {@link
 * Reply}. Each client has its own connections, so that a connection one test breaks on purpose is
 * never reused by another. Redirects are not followed, and every call is bounded in time: a call
 * that fails or runs out of time throws an {@link UncheckedIOException} naming the call, whose
 * cause is the {@link IOException} (a {@link java.net.http.HttpTimeoutException} for a time-out).
 *
 * <p>Requests a client library would refuse to send, and answers it could not read, go through
 * {@link RawHttp}.
 */
public final class StubHttp {

  /** How long a call may take unless it says otherwise. */
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient client;
  private final String baseUrl;
  private final String devToken;

  private StubHttp(String baseUrl, String devToken, HttpClient.Version version) {
    this.baseUrl = baseUrl;
    this.devToken = devToken;
    this.client = HttpClient.newBuilder().version(version).connectTimeout(CONNECT_TIMEOUT).build();
  }

  /**
   * A client for the stub at this base URL (no trailing slash). It speaks HTTP/1.1 as browsers and
   * curl speak it to a plain-HTTP server: the JDK client's default h2c upgrade would multiplex
   * calls on one connection, so that one refused oversized body would take every call in flight
   * down with it.
   */
  public static StubHttp to(String baseUrl) {
    return new StubHttp(baseUrl, null, HttpClient.Version.HTTP_1_1);
  }

  /** The same for a stub of this JVM, whose dev token {@link Call#devToken()} then sends. */
  public static StubHttp to(StubServer server) {
    return new StubHttp(server.baseUrl(), server.devToken(), HttpClient.Version.HTTP_1_1);
  }

  /** A client that asks every plain-text call to upgrade to HTTP/2 (h2c), as the JDK's default. */
  public static StubHttp offeringHttp2(String baseUrl) {
    return new StubHttp(baseUrl, null, HttpClient.Version.HTTP_2);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** A request to build, then {@link Call#send()}. */
  public Call call(String method, String path) {
    return new Call(method, path);
  }

  /** Sends these headers and body (or none). */
  public Reply send(String method, String path, Map<String, String> headers, byte[] body) {
    return call(method, path).headers(headers).bytes(body).send();
  }

  /** GET with a bearer token, or without one when {@code token} is null. */
  public Reply get(String path, String token) {
    return authorised(call("GET", path), token).send();
  }

  /**
   * A JSON request (the Content-Type is sent even without a body) with a bearer token, or without
   * one when {@code token} is null.
   */
  public Reply json(String method, String path, String token, String json) {
    Call call = authorised(call(method, path), token).header("Content-Type", "application/json");
    return (json == null ? call : call.json(json)).send();
  }

  private static Call authorised(Call call, String token) {
    return token == null ? call : call.auth(token);
  }

  /** Logs in with Get Token ({@code POST /auth/login/}); the access token. */
  public String login(String username, String password) {
    Reply reply =
        call("POST", "/auth/login/")
            .json("{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}")
            .send();
    assertEquals(200, reply.status(), () -> "login as " + username + ": " + reply);
    return reply.json().path("access").asText();
  }

  /** Whether anything still answers the health check at the base URL. */
  public boolean answers() {
    try {
      call("GET", "/__admin/health").timeout(HEALTH_TIMEOUT).send();
      return true;
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  /** One request being built. */
  public final class Call {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;
    private Duration timeout = CALL_TIMEOUT;

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Call headers(Map<String, String> more) {
      headers.putAll(more);
      return this;
    }

    /** {@code Authorization: Bearer token}. */
    public Call auth(String token) {
      return header("Authorization", "Bearer " + token);
    }

    /** The stub's dev token, for a client made {@linkplain StubHttp#to(StubServer) for a stub}. */
    public Call devToken() {
      if (devToken == null) {
        throw new IllegalStateException("this client was made without the stub's dev token");
      }
      return auth(devToken);
    }

    /** A JSON body, with its Content-Type unless one was set. */
    public Call json(String json) {
      headers.putIfAbsent("Content-Type", "application/json");
      return bytes(json.getBytes(StandardCharsets.UTF_8));
    }

    /** These bytes as the body, or none when null. */
    public Call bytes(byte[] bytes) {
      this.body = bytes;
      return this;
    }

    public Call timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Reply send() {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .timeout(timeout)
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      try {
        return Reply.of(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
      } catch (IOException e) {
        throw new UncheckedIOException(method + " " + path + ": " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(method + " " + path + " interrupted", e);
      }
    }
  }
}
