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
    return start(null, USER, OTHER_USER);
  }

  /**
   * A stub with these users ({@code name:password}, each a company of its own), keeping its state
   * in {@code dataDir} when not null.
   */
  static LoopTarget start(Path dataDir, String... users) {
    return start("none", dataDir, users);
  }

  /**
   * A stub seeded with {@code seed} ({@code none} or {@code demo}), as {@link #start(Path,
   * String...)}.
   */
  static LoopTarget start(String seed, Path dataDir, String... users) {
    StubConfig config =
        StubConfig.defaults()
            .withHost("127.0.0.1")
            .withPort(0)
            .withSeed(seed)
            .withUsers(users)
            .withAccessLog(false);
    if (dataDir != null) {
      config = config.withDataDir(dataDir);
    }
    return new LoopTarget(StubServer.start(config));
  }

  /**
   * A stub as {@link #start()}, its request journal ({@code /__admin/requests}) keeping the last
   * {@code requests}, so that a test can read in which order a whole run's calls came.
   */
  static LoopTarget startWithJournal(int requests) {
    return new LoopTarget(
        StubServer.start(
            StubConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withSeed("none")
                .withUsers(USER, OTHER_USER)
                .withAccessLog(false)
                .withJournalSize(requests)));
  }

  String baseUrl() {
    return stub.baseUrl();
  }

  /** The settings aimed at this stub, logging in as the default user. */
  SuiteConfig aim(SuiteConfig config, Path knownGaps) {
    return aim(config, knownGaps, USER, OTHER_USER);
  }

  /** The settings aimed at this stub, logging in as {@code mainUser} ({@code name:password}). */
  SuiteConfig aim(SuiteConfig config, Path knownGaps, String mainUser, String otherUser) {
    String[] user = mainUser.split(":");
    String[] other = otherUser.split(":");
    return config.toBuilder()
        .baseUrl(stub.baseUrl())
        .credentials(Credentials.login(user[0], user[1]))
        .secondCredentials(Credentials.login(other[0], other[1]))
        .targetKind(TargetKind.STUB)
        .knownGaps(knownGaps)
        .build();
  }

  @Override
  public void close() {
    stub.close();
  }
}
