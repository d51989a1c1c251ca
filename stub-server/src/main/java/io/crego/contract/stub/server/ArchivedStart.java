package io.crego.contract.stub.server;

import io.crego.contract.spec.launch.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Starts the stub with the class-data archive the build made beside the jar ({@value
 * #ARCHIVE_NAME}, see {@link ArchiveTraining}). Mapping the classes a start loads from an archive,
 * instead of loading and verifying each one from the jar, is most of what can be taken off the time
 * to the first answer; but only a command-line option gives a JVM an archive, so plain {@code java
 * -jar crego-stub.jar …} starts the stub once more in a child JVM with {@code
 * -XX:SharedArchiveFile} ({@link ChildJvm}: same java, jar, arguments, environment, output and exit
 * status; a stop signal passes on to it).
 *
 * <p>A JVM started with options of its own runs the stub itself (the Docker image gives its own
 * archive that way), and so does a jar with no archive beside it or with one older than itself. An
 * archive the JVM cannot use all the same (a java other than the build's; the jar and archive moved
 * to another directory, which JDK 17 does not allow) is ignored by the JVM, which then loads the
 * classes from the jar as without one; the archive's log is off so that such a start prints nothing
 * about it.
 */
final class ArchivedStart {

  /** The archive's file name, in the jar's directory. */
  static final String ARCHIVE_NAME = "crego-stub.jsa";

  /** Set on the child's command line to the parent's process id. */
  static final String CHILD_PROPERTY = "crego.stub.child";

  /** How long a stopping parent waits for the stub to close its store. */
  private static final long CHILD_STOP_SECONDS = 30;

  private ArchivedStart() {}

  /**
   * Runs the stub in a child JVM with the archive when this is a plain start of a jar that has one
   * beside it, and returns the child's exit status once it ended; empty when the stub is to run in
   * this JVM.
   */
  static OptionalInt runInChild(String[] args) {
    Optional<Path> jar = ChildJvm.packagedJar(StubMain.class);
    Path archive =
        jar.map(found -> found.resolveSibling(ARCHIVE_NAME)).orElse(Path.of(ARCHIVE_NAME));
    ChildJvm child =
        new ChildJvm(CHILD_PROPERTY, options(archive), StubMain.class, CHILD_STOP_SECONDS);
    boolean usable = jar.isPresent() && madeAfter(archive, jar.get());
    // the child itself goes through it too: it watches its parent from there
    return child.isChild() || usable ? child.runInChild(args) : OptionalInt.empty();
  }

  /**
   * Whether the archive was written after the jar was, as the build writes it. An older one is left
   * from an earlier build (or the jar was copied without it): the JVM would refuse it, so a child
   * would start without it, for nothing.
   */
  private static boolean madeAfter(Path archive, Path jar) {
    try {
      return Files.isRegularFile(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** The child's JVM options for an archive. */
  static List<String> options(Path archive) {
    return List.of(
        "-XX:SharedArchiveFile=" + archive,
        "-Xshare:auto",
        "-Xlog:cds=off",
        "-Xlog:cds+dynamic=off");
  }
}
