package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.fail;

import io.crego.contract.stub.testing.TeamComposeFile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx, run on loopback with the load-balancer configuration of {@code
 * docker-compose.team.yml} (its {@code nginx-team} config, as the compose file hands it to the
 * nginx container), the two replica host names replaced by loopback ports. The nginx binary is
 * named by {@code CREGO_TEST_NGINX} ({@code .ci/nginx.sh} installs it); without it the test is
 * skipped with a message, except in CI ({@code CI=true}), where it fails.
 */
final class BalancerProcess implements AutoCloseable {

  static final String NGINX_VARIABLE = "CREGO_TEST_NGINX";

  private final Process process;
  private final Path prefix;
  private final int port;

  private BalancerProcess(Process process, Path prefix, int port) {
    this.process = process;
    this.prefix = prefix;
    this.port = port;
  }

  /** Starts nginx in front of the two replicas' loopback ports, as stub-a and stub-b. */
  static BalancerProcess start(Path prefix, int stubA, int stubB) throws Exception {
    String nginx = nginxBinary();
    int port = freePort();
    String site =
        TeamComposeFile.read()
            .siteConfig()
            .replace("server stub-a:8080", "server 127.0.0.1:" + stubA)
            .replace("server stub-b:8080", "server 127.0.0.1:" + stubB)
            .replace("listen 8080;", "listen 127.0.0.1:" + port + ";");
    if (site.contains("stub-a") || site.contains("stub-b") || site.contains("listen 8080")) {
      fail("the compose file's nginx config no longer names stub-a:8080, stub-b:8080, listen 8080");
    }
    Files.createDirectories(prefix.resolve("temp"));
    Path config = prefix.resolve("nginx.conf");
    Files.writeString(config, mainConfig(prefix, site));
    Process process =
        new ProcessBuilder(
                nginx, "-p", prefix.toString(), "-c", config.toString(), "-e", "error.log")
            .redirectErrorStream(true)
            .redirectOutput(prefix.resolve("nginx.out").toFile())
            .start();
    BalancerProcess balancer = new BalancerProcess(process, prefix, port);
    balancer.awaitListening();
    return balancer;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** What nginx wrote to its error log: shown when a test fails. */
  String errorLog() {
    try {
      return Files.readString(prefix.resolve("error.log"));
    } catch (IOException e) {
      return "(no error log: " + e + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy(); // SIGTERM: nginx's fast shutdown
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** What the nginx image's own main configuration gives the site, with paths under the prefix. */
  private static String mainConfig(Path prefix, String site) {
    String temp = prefix.resolve("temp").toString();
    return String.join(
        "\n",
        List.of(
            "daemon off;",
            // Started by root, nginx's workers would run as nobody, who cannot enter the test's
            // private temporary directory to buffer a large request body (a 500 instead).
            "root".equals(System.getProperty("user.name")) ? "user root;" : "",
            "worker_processes 1;",
            "pid " + prefix.resolve("nginx.pid") + ";",
            "events { worker_connections 256; }",
            "http {",
            "  access_log " + prefix.resolve("access.log") + ";",
            "  client_body_temp_path " + temp + "/body;",
            "  proxy_temp_path " + temp + "/proxy;",
            "  fastcgi_temp_path " + temp + "/fastcgi;",
            "  uwsgi_temp_path " + temp + "/uwsgi;",
            "  scgi_temp_path " + temp + "/scgi;",
            site,
            "}",
            ""));
  }

  private void awaitListening() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        fail(
            "nginx exited with "
                + process.exitValue()
                + ": "
                + Files.readString(prefix.resolve("nginx.out"))
                + errorLog());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    close();
    fail("nginx did not listen on " + port + " within 20 s: " + errorLog());
  }

  private static String nginxBinary() {
    String nginx = System.getenv(NGINX_VARIABLE);
    if (nginx == null || nginx.isBlank()) {
      String howTo = "set " + NGINX_VARIABLE + " (eval \"$(.ci/nginx.sh)\" installs nginx)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but no nginx for the team load-balancer test: " + howTo);
      }
      String message = "Skipped: no nginx for this test; " + howTo;
      System.err.println(message);
      Assumptions.assumeTrue(false, message);
    }
    return nginx.trim();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
