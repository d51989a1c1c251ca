package io.crego.contract.stub.robustness;

import io.crego.contract.stub.core.ResponseCheck;
import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** In-process stubs for the robustness tests: loopback, a free port, the contract enforced. */
final class TestStubs {

  private TestStubs() {}

  static StubConfig config() {
    return StubConfig.defaults()
        .withHost("127.0.0.1")
        .withPort(0)
        .withAccessLog(false)
        .withResponseCheck(ResponseCheck.ENFORCE);
  }

  /** A stub whose log goes to {@code log}: what it prints is checked by some tests. */
  static StubServer start(StubConfig config, ByteArrayOutputStream log) {
    PrintStream stream = new PrintStream(log, true, StandardCharsets.UTF_8);
    return StubServer.start(config, stream, stream);
  }

  static StubServer start(StubConfig config) {
    return start(config, new ByteArrayOutputStream());
  }
}
