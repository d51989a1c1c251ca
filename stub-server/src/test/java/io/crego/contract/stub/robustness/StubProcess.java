package io.crego.contract.stub.robustness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stub as its own process on a free loopback port, so that a test can {@code kill -9} it:
 * started the way {@code java -jar crego-stub.jar} starts it (the same main class, from the build's
 * classes, since tests run before the jar is packaged), or from the packaged jar itself.
 */
final class StubProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on\\s+(http://\\S+)");
  private static final long START_TIMEOUT_SECONDS = 120;
  private static final String SMALL_HEAP = "-Xmx256m";

  private final Process process;
  private final String baseUrl;

  private StubProcess(Process process, String baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  /** Starts it from the build's classes and waits until it says where it listens. */
  static StubProcess start(Path log, String... options) {
    return start(Map.of(), log, options);
  }

  /**
   * The same, with these {@code CREGO_STUB_*} variables as its only ones (none is inherited from
   * the build's environment); the options still come before them, as they would for a user.
   */
  static StubProcess start(Map<String, String> stubVariables, Path log, String... options) {
    return launch(
        List.of(
            SMALL_HEAP,
            "-cp",
            System.getProperty("java.class.path"),
            "io.crego.contract.stub.server.StubMain"),
        stubVariables,
        log,
        options);
  }

  /** Starts it with {@code java [jvmOptions] -jar jar} and waits until it says where it listens. */
  static StubProcess startJar(Path jar, List<String> jvmOptions, Path log, String... options) {
    List<String> launcher = new ArrayList<>(List.of(SMALL_HEAP));
    launcher.addAll(jvmOptions);
    launcher.addAll(List.of("-jar", jar.toString()));
    return launch(launcher, Map.of(), log, options);
  }

  /**
   * Starts it with {@code java -jar jar}, no JVM option at all: the start a user makes, which
   * relaunches the stub with the class-data archive when one is beside the jar.
   */
  static StubProcess startPlainJar(Path jar, Path log, String... options) {
    return launch(List.of("-jar", jar.toString()), Map.of(), log, options);
  }

  private static StubProcess launch(
      List<String> launcher, Map<String, String> stubVariables, Path log, String... options) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(launcher);
    command.addAll(List.of("--host", "127.0.0.1", "--port", "0", "--quiet"));
    command.addAll(List.of(options));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    if (!stubVariables.isEmpty()) {
      builder.environment().keySet().removeIf(name -> name.startsWith("CREGO_STUB_"));
      builder.environment().putAll(stubVariables);
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BlockingQueue<String> url = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> readBanner(process, url), "stub-process-stdout");
    reader.setDaemon(true);
    reader.start();
    try {
      String baseUrl = url.poll(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (baseUrl == null || baseUrl.isEmpty()) {
        process.destroyForcibly();
        throw new IllegalStateException("the stub did not start; see " + log);
      }
      return new StubProcess(process, baseUrl);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Hands on the URL from the banner, then drains standard output so the stub never blocks. */
  private static void readBanner(Process process, BlockingQueue<String> url) {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      boolean found = false;
      while ((line = out.readLine()) != null) {
        Matcher matcher = LISTENING.matcher(line);
        if (!found && matcher.find()) {
          found = true;
          url.add(matcher.group(1).replace("localhost", "127.0.0.1"));
        }
      }
      if (!found) {
        url.add("");
      }
    } catch (IOException e) {
      url.add("");
    }
  }

  String baseUrl() {
    return baseUrl;
  }

  /** The process started: the stub's JVM, or the parent of the one that serves. */
  Process process() {
    return process;
  }

  /** SIGTERM, as {@code kill PID} or {@code docker stop} sends it: its exit status. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the stub did not stop on SIGTERM in 60 s");
    }
    return process.exitValue();
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the stub survived kill -9");
    }
  }

  /** Kills it and any JVM it started (a plain jar start serves from a child). */
  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    if (process.isAlive()) {
      kill();
    }
  }
}
