package io.crego.contract.stub.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crego.contract.stub.admin.AdminApi;
import io.crego.contract.stub.server.StubServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The stub a {@link CregoStub} test class runs: where it listens, its dev token, and the two things
 * a test commonly needs besides, a token of another user and a clean slate. Everything goes through
 * the stub's public HTTP interface, as the code under test does.
 */
public final class CregoStubHandle {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final StubServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  CregoStubHandle(StubServer server) {
    this.server = server;
  }

  /** E.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** The base URL with a path appended, e.g. {@code url("/v1/lms/records/")}. */
  public URI url(String path) {
    return URI.create(baseUrl() + path);
  }

  public int port() {
    return server.port();
  }

  /** The dev token: always accepted, for the first user's company. */
  public String token() {
    return server.devToken();
  }

  /**
   * Logs in with Get Token ({@code POST /auth/login/}).
   *
   * @return the access token, to send as {@code Authorization: Bearer <token>}
   * @throws IllegalStateException when the stub refuses the login, with its answer
   */
  public String login(String username, String password) {
    String body =
        JSON.createObjectNode().put("username", username).put("password", password).toString();
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(url("/auth/login/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)),
            "log in as " + username);
    try {
      JsonNode token = JSON.readTree(response.body()).path("access");
      if (!token.isTextual()) {
        throw new IllegalStateException(
            "Get Token answered without an access token: " + response.body());
      }
      return token.asText();
    } catch (IOException e) {
      throw new IllegalStateException("Get Token answered with no JSON: " + response.body(), e);
    }
  }

  /**
   * Forgets every company's state; each company gets its seed again on its next call. Tokens issued
   * by {@link #login} stay valid.
   */
  public void reset() {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url(AdminApi.PREFIX + "/reset"))
            .POST(HttpRequest.BodyPublishers.noBody());
    adminToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
    send(request, "reset the stub");
  }

  /**
   * Stops the stub. Not public: the extension does it after the class, and no test of the class
   * should stop a stub its neighbours share.
   */
  void stop() {
    server.close();
  }

  private Optional<String> adminToken() {
    return Optional.ofNullable(server.config().adminToken());
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String what) {
    try {
      HttpResponse<String> response =
          http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Could not "
                + what
                + ": the stub answered "
                + response.statusCode()
                + " "
                + response.body());
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while trying to " + what, e);
    }
  }

  @Override
  public String toString() {
    return "crego stub at " + baseUrl();
  }
}
