package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.core.ResponseCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stub started for a test on a free loopback port, with responses checked against the contract (a
 * breach is a 500), and an HTTP client to speak to it.
 */
final class RunningStub implements AutoCloseable {

  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final StubServer server;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private RunningStub(StubConfig config) {
    PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
    this.server = StubServer.start(config, logStream, logStream);
  }

  /** The settings every test starts from: a free loopback port, contract enforced, quiet. */
  static StubConfig testConfig() {
    return StubConfig.defaults()
        .withPort(0)
        .withHost("127.0.0.1")
        .withResponseCheck(ResponseCheck.ENFORCE);
  }

  static RunningStub start() {
    return start(testConfig());
  }

  static RunningStub start(StubConfig config) {
    return new RunningStub(config);
  }

  String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  String devBearer() {
    return "Bearer " + server.devToken();
  }

  Call call(String method, String path) {
    return new Call(method, path);
  }

  /** The default user's company as the admin API shows it (its entities, by kind and id). */
  JsonNode defaultCompanyState() {
    String company = server.config().defaultUser().companyId();
    return call("GET", "/__admin/crego/state").send().json().path("companies").path(company);
  }

  /**
   * The id of a collection bank of the default user's company: the API has no way to list banks, so
   * it is read from the admin state.
   */
  String collectionBank() {
    return defaultCompanyState().path("banks").fieldNames().next();
  }

  /** The default user's business date (admin API). */
  LocalDate businessDate() {
    return LocalDate.parse(
        call("GET", "/__admin/crego/clock?user=admin")
            .send()
            .json()
            .path("business_date")
            .asText());
  }

  /**
   * Runs EOD for the default user's company once per day until the business date is {@code day}.
   */
  void advanceTo(LocalDate day) {
    int days = (int) (day.toEpochDay() - businessDate().toEpochDay());
    Reply advanced =
        call("POST", "/__admin/crego/clock/advance")
            .json("{\"user\": \"admin\", \"days\": " + days + "}")
            .send();
    assertEquals(200, advanced.status(), advanced.body());
    assertEquals(day, businessDate());
  }

  @Override
  public void close() {
    server.close();
  }

  /** One request being built. */
  final class Call {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Call auth(String token) {
      return header("Authorization", "Bearer " + token);
    }

    Call devToken() {
      return auth(server.devToken());
    }

    Call json(String json) {
      headers.putIfAbsent("Content-Type", "application/json");
      return bytes(json.getBytes(StandardCharsets.UTF_8));
    }

    Call bytes(byte[] bytes) {
      this.body = bytes;
      return this;
    }

    Reply send() {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
              .timeout(Duration.ofSeconds(30))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      try {
        return Reply.of(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
