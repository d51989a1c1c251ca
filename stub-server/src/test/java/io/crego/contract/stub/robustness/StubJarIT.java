package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.server.StubConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * {@code target/crego-stub.jar} as the build packages it and a user runs it: {@code java -jar}
 * starts the stub and the demo company answers, and the jar keeps the layout start-up depends on
 * (class files stored, so loading them inflates nothing; the manifest first, for jar streams).
 */
class StubJarIT {

  private static final Path JAR = Path.of("target", "crego-stub.jar");

  @Test
  void javaDashJarStartsTheStubWithTheDemoCompany() throws Exception {
    Path log = Files.createTempFile("crego-stub-jar", ".log");
    try (StubProcess stub = StubProcess.startJar(JAR, log)) {
      Loopback http = new Loopback(stub.baseUrl(), 1);
      Map<String, String> token = Map.of("Authorization", "Bearer " + StubConfig.DEFAULT_DEV_TOKEN);

      Loopback.Answer ping = http.send("GET", "/auth/ping/", token, null);
      assertEquals(200, ping.status(), ping.toString());
      Loopback.Answer pending =
          http.send("GET", "/v1/lms/records/?status=pending&page_size=15", token, null);
      assertEquals(200, pending.status(), pending.toString());
      assertTrue(pending.json().path("count").asInt() > 0, "no pending demo records: " + pending);
    }
  }

  @Test
  void classFilesAreStoredAndEverythingElseIsAsShadeWroteIt() throws IOException {
    List<String> deflatedClasses = new ArrayList<>();
    int classes = 0;
    int deflatedOthers = 0;
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      for (ZipEntry entry : jar.stream().toList()) {
        if (entry.getName().endsWith(".class")) {
          classes++;
          if (entry.getMethod() != ZipEntry.STORED) {
            deflatedClasses.add(entry.getName());
          }
        } else if (entry.getMethod() == ZipEntry.DEFLATED) {
          deflatedOthers++;
        }
      }
      assertNotNull(jar.getEntry("io/crego/contract/stub/server/StubMain.class"));
      assertNotNull(jar.getEntry("crego/openapi.json"), "the spec's JSON rendition");
    }
    assertTrue(classes > 10_000, classes + " class files");
    assertEquals(List.of(), deflatedClasses.stream().limit(5).toList(), "deflated class files");
    assertTrue(deflatedOthers > 1_000, deflatedOthers + " deflated resources");
  }

  @Test
  void aJarStreamFindsTheManifestWithTheMainClass() throws IOException {
    try (InputStream in = Files.newInputStream(JAR);
        JarInputStream stream = new JarInputStream(in)) {
      Manifest manifest = stream.getManifest();
      assertNotNull(manifest, "no manifest at the start of the jar");
      assertEquals(
          "io.crego.contract.stub.server.StubMain",
          manifest.getMainAttributes().getValue("Main-Class"));
    }
  }
}
