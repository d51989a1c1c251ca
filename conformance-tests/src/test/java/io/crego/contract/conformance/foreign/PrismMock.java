package io.crego.contract.conformance.foreign;

import io.crego.contract.spec.CregoSpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Stoplight Prism's mock server of our spec, a stateless implementation that answers every call
 * with the spec's own examples: installed with npm into {@code target/prism} on first use and
 * started on a free loopback port.
 */
final class PrismMock implements AutoCloseable {

  /**
   * Pinned, so that the verdict the test expects is the verdict of one known Prism. Known to it: a
   * request whose JSON body it cannot parse gets its own error shape, or with this spec no answer.
   */
  static final String PACKAGE = "@stoplight/prism-cli@5.14.2";

  private static final String VERSION = "5.14.2";

  private static final Path HOME = Path.of("target", "prism");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Process process;
  private final int port;
  private final Path log;

  private PrismMock(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Whether node and npm are on this machine: Prism cannot run without them. */
  static boolean nodeIsInstalled() {
    return succeeds(List.of("node", "--version")) && succeeds(List.of("npm", "--version"));
  }

  /** Installs Prism when it is not installed yet, and starts it on the spec. */
  static PrismMock start() throws IOException, InterruptedException {
    Path binary = HOME.resolve("node_modules/.bin/prism");
    Path manifest = HOME.resolve("node_modules/@stoplight/prism-cli/package.json");
    if (!Files.isExecutable(binary)
        || !Files.readString(manifest).contains("\"version\": \"" + VERSION + "\"")) {
      install();
    }
    Path spec = HOME.resolve("openapi.yaml");
    try (InputStream in =
        Objects.requireNonNull(
            PrismMock.class.getClassLoader().getResourceAsStream(CregoSpec.CLASSPATH_LOCATION),
            "the spec is not on the classpath")) {
      Files.write(spec, in.readAllBytes());
    }
    int port = freePort();
    Path log = HOME.resolve("prism.log");
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "mock",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                spec.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    PrismMock prism = new PrismMock(process, port, log);
    prism.awaitListening();
    return prism;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  private void awaitListening() throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (output.contains("Prism is listening")) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("Prism stopped before it listened:\n" + output);
      }
      Thread.sleep(200);
    }
    close();
    throw new IllegalStateException(
        "Prism did not listen within " + START_TIMEOUT.toSeconds() + " s; see " + log);
  }

  private static void install() throws IOException, InterruptedException {
    Files.createDirectories(HOME);
    Process npm =
        new ProcessBuilder(
                "npm",
                "install",
                "--prefix",
                HOME.toString(),
                "--no-save",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                PACKAGE)
            .redirectErrorStream(true)
            .start();
    String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
      throw new IllegalStateException("npm install " + PACKAGE + " failed:\n" + output);
    }
  }

  private static boolean succeeds(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
