package io.crego.contract.conformance.jar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The suite's packaged jar, started with this JVM's own java, as a CI pipeline starts it. */
final class SuiteJar {

  static final Path JAR = Path.of("target", "crego-conformance.jar");

  private SuiteJar() {}

  /** {@code java -jar target/crego-conformance.jar args…}. */
  static List<String> command(List<String> args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(args);
    return command;
  }
}
