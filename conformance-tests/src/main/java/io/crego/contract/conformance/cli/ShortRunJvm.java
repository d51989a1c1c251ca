package io.crego.contract.conformance.cli;

import io.crego.contract.spec.launch.ChildJvm;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine;

/**
 * Runs the suite in a JVM set for a short run. A conformance run lasts seconds, and in a JVM with
 * the default tiered JIT most of its CPU goes to the optimising compiler (C2) compiling code that
 * will not run long enough to pay it back: the run's own CPU halves with the JIT stopped at C1
 * ({@code -XX:TieredStopAtLevel=1}; figures in docs/performance.md). A jar cannot set that option
 * for the JVM it runs in, so plain {@code java -jar crego-conformance.jar …} starts the suite once
 * more in a child JVM with it ({@link ChildJvm}: the same java, jar, arguments and environment, the
 * child's exit code). A JVM given any option of its own runs the suite itself. A stop signal sent
 * to the parent reaches the child, which writes its partial reports (see {@link
 * ReportsOnShutdown}).
 */
final class ShortRunJvm {

  /** Set on the child's command line to the parent's process id: the child runs the suite. */
  static final String CHILD_PROPERTY = "crego.conformance.child";

  static final List<String> CHILD_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

  /** How long a stopping parent waits for its child to write its partial reports. */
  private static final long CHILD_STOP_SECONDS = 60;

  private static final ChildJvm CHILD =
      new ChildJvm(CHILD_PROPERTY, CHILD_OPTIONS, ConformanceMain.class, CHILD_STOP_SECONDS);

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
            + (CHILD.hasChildOptions()
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
    return CHILD.runInChild(args);
  }
}
