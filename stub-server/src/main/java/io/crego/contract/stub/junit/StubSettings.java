package io.crego.contract.stub.junit;

import io.crego.contract.stub.server.StubConfig;

/** Turns a {@link CregoStub} annotation into the stub's configuration. */
final class StubSettings {

  /**
   * Loopback only: a stub started for tests is not reachable from the network, and each class gets
   * a port of its own, so test classes can run in parallel.
   */
  static final String LOOPBACK = "127.0.0.1";

  private StubSettings() {}

  static StubConfig from(CregoStub options) {
    StubConfig config =
        StubConfig.defaults()
            .withHost(LOOPBACK)
            .withPort(0)
            .withSeed(options.seed())
            .withResponseCheck(options.responseCheck())
            .withAccessLog(options.accessLog());
    if (options.users().length > 0) {
      config = config.withUsers(options.users());
    }
    if (!options.token().isEmpty()) {
      config = config.withDevToken(options.token());
    }
    return config;
  }
}
