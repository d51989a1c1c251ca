package io.crego.contract.conformance.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain {@code java -jar crego-conformance.jar} runs the suite in a child JVM with the JIT stopped
 * at C1; a JVM given options of its own runs the suite itself. Either way the exit code is the
 * suite's, and the child never outlives the process a user or a CI runner started.
 */
class ShortRunJvmIT {

  private record Run(int exit, String output) {}

  private static Run run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the jar did not end: " + output);
    return new Run(process.exitValue(), output);
  }

  /** {@code java [jvmOptions] -jar crego-conformance.jar args}. */
  private static List<String> jar(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>(SuiteJar.command(List.of(args)));
    command.addAll(1, jvmOptions);
    return command;
  }

  @Test
  void aPlainStartRunsTheSuiteWithTheJitStoppedAtC1() throws Exception {
    Run run = run(jar(List.of(), "--version"));
    assertEquals(0, run.exit(), run.output());
    assertTrue(run.output().contains("crego-conformance 0.1.0"), run.output());
    assertTrue(run.output().contains("JIT stopped at C1"), run.output());
  }

  @Test
  void aJvmGivenOptionsOfItsOwnRunsTheSuiteAsStarted() throws Exception {
    Run run = run(jar(List.of("-Xss2m"), "--version"));
    assertEquals(0, run.exit(), run.output());
    assertTrue(run.output().contains("default JIT"), run.output());
    assertFalse(run.output().contains("C1"), run.output());
  }

  @Test
  void theChildsExitCodeIsTheJars() throws Exception {
    Run bad = run(jar(List.of(), "--no-such-option"));
    assertEquals(2, bad.exit(), bad.output());
    assertTrue(bad.output().contains("--no-such-option"), bad.output());
    try (ServerSocket closed = new ServerSocket(0)) {
      int port = closed.getLocalPort();
      closed.close();
      Run unreachable =
          run(jar(List.of(), "--base-url", "http://127.0.0.1:" + port, "--token", "t"));
      assertEquals(3, unreachable.exit(), unreachable.output());
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void theChildStopsWhenTheJarIsKilledOutright() throws Exception {
    // a target that accepts connections and never answers keeps the run waiting
    try (ServerSocket silent = new ServerSocket(0)) {
      List<Socket> held = new ArrayList<>();
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(silent.accept());
                  }
                } catch (IOException closed) {
                  // the test is over
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      Process process =
          new ProcessBuilder(
                  jar(
                      List.of(),
                      "--base-url",
                      "http://127.0.0.1:" + silent.getLocalPort(),
                      "--token",
                      "t"))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      List<ProcessHandle> children = List.of();
      for (int i = 0; i < 200 && children.isEmpty(); i++) {
        Thread.sleep(50);
        children = process.toHandle().children().toList();
      }
      assertEquals(1, children.size(), "the jar started no child JVM");
      ProcessHandle child = children.get(0);
      assertTrue(child.isAlive());
      process.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook of the parent runs
      child.onExit().get(30, TimeUnit.SECONDS);
      assertFalse(child.isAlive(), "the child JVM outlived the killed jar");
      for (Socket socket : held) {
        socket.close();
      }
    }
  }
}
