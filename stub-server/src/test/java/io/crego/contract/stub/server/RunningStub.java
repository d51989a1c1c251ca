package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.core.ResponseCheck;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A stub started for a test on a free loopback port, with responses checked against the contract (a
 * breach is a 500), and the tests' {@link StubHttp} client to speak to it.
 */
final class RunningStub implements AutoCloseable {

  final StubServer server;
  private final StubHttp http;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private RunningStub(StubConfig config) {
    PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
    this.server = StubServer.start(config, logStream, logStream);
    this.http = StubHttp.to(server);
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

  /** A request to this stub; {@link StubHttp.Call#devToken()} signs it with the dev token. */
  StubHttp.Call call(String method, String path) {
    return http.call(method, path);
  }

  /** Logs in with Get Token; the access token. */
  String login(String user, String password) {
    return http.login(user, password);
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
}
