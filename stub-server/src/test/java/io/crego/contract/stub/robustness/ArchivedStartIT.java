package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive the build writes beside {@code target/crego-stub.jar}, and the plain
 * {@code java -jar} start that relaunches the stub with it: the child JVM serves, a stop signal to
 * the parent stops it, a killed parent takes it along, and an archive that does not fit the jar is
 * ignored without a word.
 */
class ArchivedStartIT {

  private static final Path JAR = Path.of("target", "crego-stub.jar").toAbsolutePath();
  private static final Path ARCHIVE = JAR.resolveSibling("crego-stub.jsa");
  private static final Map<String, String> TOKEN =
      Map.of("Authorization", "Bearer " + StubConfig.DEFAULT_DEV_TOKEN);

  @Test
  void theBuildWritesAnArchiveThisJavaMaps() throws Exception {
    assertTrue(Files.size(ARCHIVE) > 1_000_000, ARCHIVE + " is missing or small");
    // -Xshare:on makes an archive the JVM cannot map an error instead of a silent fallback
    Process version =
        new ProcessBuilder(
                java(),
                "-Xshare:on",
                "-XX:SharedArchiveFile=" + ARCHIVE,
                "-cp",
                JAR.toString(),
                "io.crego.contract.stub.server.StubMain",
                "--version")
            .redirectErrorStream(true)
            .start();
    String out = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(version.waitFor(60, TimeUnit.SECONDS), "--version did not end");
    assertEquals(0, version.exitValue(), out);
    assertTrue(out.startsWith("crego-stub "), out);
  }

  @Test
  void aPlainStartServesFromAChildWithTheArchiveAndStopsItOnSigterm(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("stub.log");
    try (StubProcess stub = StubProcess.startPlainJar(JAR, log)) {
      List<ProcessHandle> children = stub.process().children().toList();
      assertEquals(1, children.size(), "JVMs started by the plain start: " + children);
      ProcessHandle child = children.get(0);
      List<String> childArguments = Arrays.asList(child.info().arguments().orElseThrow());
      assertTrue(
          childArguments.contains("-XX:SharedArchiveFile=" + ARCHIVE),
          "the child's arguments: " + childArguments);

      Reply listing = StubHttp.to(stub.baseUrl()).send("GET", "/v1/lms/records/", TOKEN, null);
      assertEquals(200, listing.status(), listing.toString());

      assertEquals(143, stub.stop(), "the parent's exit status after SIGTERM");
      child.onExit().get(30, TimeUnit.SECONDS);
      assertFalse(child.isAlive(), "the child outlived its stopped parent");
      assertThrows(
          UncheckedIOException.class,
          () -> StubHttp.to(stub.baseUrl()).send("GET", "/v1/lms/records/", TOKEN, null),
          "the port still answers after the stop");
    }
    assertFalse(Files.readString(log).contains("Exception"), Files.readString(log));
  }

  @Test
  void aChildWhoseParentIsKilledStops(@TempDir Path dir) throws Exception {
    try (StubProcess stub = StubProcess.startPlainJar(JAR, dir.resolve("stub.log"))) {
      ProcessHandle child = stub.process().children().findFirst().orElseThrow();
      stub.kill();
      child.onExit().get(30, TimeUnit.SECONDS);
      assertFalse(child.isAlive(), "the child outlived its killed parent");
    }
  }

  @Test
  void aStartWithJvmOptionsServesItself(@TempDir Path dir) throws Exception {
    try (StubProcess stub = StubProcess.startJar(JAR, List.of(), dir.resolve("stub.log"))) {
      assertEquals(List.of(), stub.process().children().toList(), "JVMs started");
      Reply listing = StubHttp.to(stub.baseUrl()).send("GET", "/v1/lms/records/", TOKEN, null);
      assertEquals(200, listing.status(), listing.toString());
    }
  }

  @Test
  void anArchiveOlderThanTheJarIsLeftAlone(@TempDir Path dir) throws Exception {
    // a copy of the jar is newer than the archive: left from an earlier build, as far as it tells
    Path jar = Files.copy(JAR, dir.resolve("crego-stub.jar"));
    Path archive = dir.resolve("crego-stub.jsa");
    Files.copy(ARCHIVE, archive);
    Files.setLastModifiedTime(archive, FileTime.fromMillis(0));
    try (StubProcess stub = StubProcess.startPlainJar(jar, dir.resolve("stub.log"))) {
      assertEquals(List.of(), stub.process().children().toList(), "JVMs started");
      Reply listing = StubHttp.to(stub.baseUrl()).send("GET", "/v1/lms/records/", TOKEN, null);
      assertEquals(200, listing.status(), listing.toString());
    }
  }

  @Test
  void anArchiveTheJvmCannotMapIsIgnoredQuietly(@TempDir Path dir) throws Exception {
    // moved with its jar, times kept: JDK 17 refuses an archive whose jar is not where it was
    Path jar = Files.copy(JAR, dir.resolve("crego-stub.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(ARCHIVE, dir.resolve("crego-stub.jsa"), StandardCopyOption.COPY_ATTRIBUTES);
    Path log = dir.resolve("stub.log");
    try (StubProcess stub = StubProcess.startPlainJar(jar, log)) {
      assertEquals(1, stub.process().children().count(), "the child was not started");
      Reply listing = StubHttp.to(stub.baseUrl()).send("GET", "/v1/lms/records/", TOKEN, null);
      assertEquals(200, listing.status(), listing.toString());
    }
    assertEquals("", Files.readString(log), "what the start printed on stderr");
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
