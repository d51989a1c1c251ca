package io.crego.contract.spec.launch;

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

/**
 * Starts a packaged jar's main class once more, in a child JVM given options a jar cannot set for
 * the JVM it runs in (a JIT setting, a class-data archive), and stands in for it: the same java,
 * jar, arguments and environment, its output and input, its exit code. Both jars use it (the suite
 * for a short-run JIT, the stub for its class-data archive); it lives in the spec module because
 * that is the one both depend on.
 *
 * <p>Only a plain start is relaunched: a JVM given any option of its own ({@code java -Xmx1g -jar
 * …}, {@code JDK_JAVA_OPTIONS}, a debugger agent) runs as started. A stop signal sent to the parent
 * is passed on to the child (SIGTERM, so its shutdown hooks run); a child whose parent is gone,
 * even killed outright, stops as if sent SIGTERM.
 */
public final class ChildJvm {

  /** The exit status of a JVM stopped by SIGTERM (128 + 15), as the child's hooks end it. */
  private static final int STOPPED = 143;

  private final String childProperty;
  private final List<String> options;
  private final Class<?> mainClass;
  private final long stopSeconds;

  /**
   * @param childProperty the system property set on the child's command line to the parent's
   *     process id, which tells the child it is one
   * @param options the JVM options the child is started with
   * @param mainClass the class whose {@code main} the child runs, from the same jar
   * @param stopSeconds how long a stopping parent waits for its child to stop before killing it
   */
  public ChildJvm(
      String childProperty, List<String> options, Class<?> mainClass, long stopSeconds) {
    this.childProperty = childProperty;
    this.options = List.copyOf(options);
    this.mainClass = mainClass;
    this.stopSeconds = stopSeconds;
  }

  /**
   * Runs the main class in a child JVM when this one is a plain start of the packaged jar, and
   * returns the child's exit code once it ended; empty when the main class is to run in this JVM
   * (this is the child, a JVM with options of its own, not a jar, or a child that cannot start).
   */
  public OptionalInt runInChild(String[] args) {
    if (isChild()) {
      stopWhenParentStops(System.getProperty(childProperty));
      return OptionalInt.empty();
    }
    if (!isPlainStart()) {
      return OptionalInt.empty();
    }
    Optional<Path> jar = packagedJar(mainClass);
    Optional<String> java = ProcessHandle.current().info().command();
    if (jar.isEmpty() || java.isEmpty()) {
      return OptionalInt.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.get());
    command.addAll(options);
    command.add("-D" + childProperty + "=" + ProcessHandle.current().pid());
    command.add("-cp");
    command.add(jar.get().toString());
    command.add(mainClass.getName());
    command.addAll(Arrays.asList(args));
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException cannotStart) {
      return OptionalInt.empty(); // run here, with the JVM as it is
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "child-jvm-stop"));
    while (true) {
      try {
        return OptionalInt.of(child.waitFor());
      } catch (InterruptedException e) {
        // keep waiting: the child owns the run and its exit code
      }
    }
  }

  /** Whether this JVM is the child of one that relaunched it. */
  public boolean isChild() {
    return System.getProperty(childProperty) != null;
  }

  /** Whether this JVM was started with options of the child's, e.g. to name them in --version. */
  public boolean hasChildOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().containsAll(options);
  }

  /** A JVM started with no option of its own: {@code java -jar x.jar …}. */
  private static boolean isPlainStart() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty();
  }

  /** This JVM is stopping (SIGTERM, Ctrl-C): the child stops too, after its own shutdown hooks. */
  private void stop(Process child) {
    if (!child.isAlive()) {
      return;
    }
    child.destroy(); // SIGTERM: the child's shutdown hooks run
    try {
      if (!child.waitFor(stopSeconds, TimeUnit.SECONDS)) {
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
      return; // not started by a parent of ours: nothing to watch
    }
    if (parent.isEmpty() || !parent.get().isAlive()) {
      System.exit(STOPPED);
    }
    parent.get().onExit().thenRun(() -> System.exit(STOPPED));
  }

  /** The jar a class was loaded from, when it runs from one (not from a build's classes). */
  public static Optional<Path> packagedJar(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
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
