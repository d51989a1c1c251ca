package io.crego.contract.conformance.loop;

import io.crego.contract.conformance.config.Credentials;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.config.TargetKind;
import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import java.nio.file.Path;

/**
 * The loop run's target: the real stub, started in this JVM on a free port with no seed data, with
 * a second user (another company) for the tenancy tests.
 */
final class LoopTarget implements AutoCloseable {

  static final String USER = "admin:admin";
  static final String OTHER_USER = "conformance-other:other-secret";

  private final StubServer stub;

  private LoopTarget(StubServer stub) {
    this.stub = stub;
  }

  static LoopTarget start() {
    StubConfig config =
        StubConfig.defaults()
            .withHost("127.0.0.1")
            .withPort(0)
            .withSeed("none")
            .withUsers(USER, OTHER_USER)
            .withAccessLog(false);
    return new LoopTarget(StubServer.start(config));
  }

  String baseUrl() {
    return stub.baseUrl();
  }

  /** The settings aimed at this stub, logging in as the default user. */
  SuiteConfig aim(SuiteConfig config, Path knownGaps) {
    String[] user = USER.split(":");
    String[] other = OTHER_USER.split(":");
    return config
        .withTarget(
            stub.baseUrl(),
            Credentials.login(user[0], user[1]),
            Credentials.login(other[0], other[1]),
            TargetKind.STUB)
        .withKnownGaps(knownGaps);
  }

  @Override
  public void close() {
    stub.close();
  }
}
