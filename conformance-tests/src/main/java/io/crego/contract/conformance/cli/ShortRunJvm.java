package io.crego.contract.conformance.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * Runs the suite in a JVM set for a short run. A conformance run lasts seconds, and in a JVM with
 * the default tiered JIT most of its CPU goes to the optimising compiler (C2) compiling code that
 * will not run long enough to pay it back: the run's own CPU halves with the JIT stopped at C1
 * ({@code -XX:TieredStopAtLevel=1}; figures in docs/performance.md). A jar cannot set that option
 * for the JVM it runs in, so plain {@code java -jar crego-conformance.jar …} starts the suite once
 * more in a child JVM with it, the same java, jar, arguments and environment, and exits with the
 * child's code.
 *
 * <p>Only a plain start is relaunched: a JVM given any option of its own ({@code java -Xmx1g -jar
 * …}, {@code JDK_JAVA_OPTIONS}, a debugger agent) runs the suite itself, exactly as started. A stop
 * signal sent to this process is passed on to the child, which writes its partial reports (see
 * {@link ReportsOnShutdown}); a child whose parent is gone stops too.
 */
final class ShortRunJvm {

  /** Set on the child's command line to the parent's process id: the child runs the suite. */
  static final String CHILD_PROPERTY = "crego.conformance.child";

  static final List<String> CHILD_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

  /** How long a stopping parent waits for its child to write its partial reports. */
  private static final long CHILD_STOP_SECONDS = 60;

  private ShortRunJvm() {}

  /** {@code --version}: the suite's, then the JVM it runs in and how its JIT is set. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "crego-conformance 0.1.0",
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + "), "
            + (ManagementFactory.getRuntimeMXBean().getInputArguments().containsAll(CHILD_OPTIONS)
                ? "JIT stopped at C1 (" + String.join(" ", CHILD_OPTIONS) + ")"
                : "default JIT")
      };
    }
  }

  /**
   * Runs the suite in a child JVM when this one is a plain start of the packaged jar, and returns
   * the child's exit code; empty when the suite is to run in this JVM.
   */
  static OptionalInt runInChild(String[] args) {
    String parent = System.getProperty(CHILD_PROPERTY);
    if (parent != null) {
      stopWhenParentStops(parent);
      return OptionalInt.empty();
    }
    if (!ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty()) {
      return OptionalInt.empty();
    }
    Optional<Path> jar = packagedJar();
    Optional<String> java = ProcessHandle.current().info().command();
    if (jar.isEmpty() || java.isEmpty()) {
      return OptionalInt.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.get());
    command.addAll(CHILD_OPTIONS);
    command.add("-D" + CHILD_PROPERTY + "=" + ProcessHandle.current().pid());
    command.add("-cp");
    command.add(jar.get().toString());
    command.add(ConformanceMain.class.getName());
    command.addAll(Arrays.asList(args));
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException cannotStart) {
      return OptionalInt.empty(); // run here, with the JVM as it is
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(child), "crego-conformance-child-stop"));
    while (true) {
      try {
        return OptionalInt.of(child.waitFor());
      } catch (InterruptedException e) {
        // keep waiting: the child owns the run and its exit code
      }
    }
  }

  /** This JVM is stopping (SIGTERM, Ctrl-C): the child stops too, after writing its reports. */
  private static void stop(Process child) {
    if (!child.isAlive()) {
      return;
    }
    child.destroy(); // SIGTERM: the child's own shutdown hooks write the partial reports
    try {
      if (!child.waitFor(CHILD_STOP_SECONDS, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    } catch (InterruptedException e) {
      child.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A child whose parent was killed outright (SIGKILL) stops as if sent SIGTERM. The parent is
   * named by its id rather than found as this process's parent: killed before this JVM got here, it
   * would have been replaced as the parent already (by init).
   */
  private static void stopWhenParentStops(String parentPid) {
    Optional<ProcessHandle> parent;
    try {
      parent = ProcessHandle.of(Long.parseLong(parentPid));
    } catch (NumberFormatException e) {
      return; // not started by the jar: nothing to watch
    }
    if (parent.isEmpty() || !parent.get().isAlive()) {
      System.exit(143);
    }
    parent.get().onExit().thenRun(() -> System.exit(143));
  }

  /** The jar this class was loaded from, when it runs from one (not from a build's classes). */
  private static Optional<Path> packagedJar() {
    CodeSource source = ShortRunJvm.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(location) && location.toString().endsWith(".jar")
          ? Optional.of(location)
          : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty(); // not a file: URL
    }
  }
}
