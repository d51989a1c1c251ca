package io.crego.contract.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the {@code http} package speaks WireMock: everything else sees the stub's own request and
 * response types, so WireMock's relocated Jackson never meets ours.
 */
class WireMockAtTheEdgeTest {

  private static final Path MAIN = Path.of("src/main/java/io/crego/contract/stub");

  @Test
  void onlyTheHttpPackageImportsWireMock() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.startsWith(MAIN.resolve("http")))
              .filter(WireMockAtTheEdgeTest::importsWireMock)
              .map(Path::toString)
              .toList();
    }
    assertEquals(List.of(), offenders);
  }

  private static boolean importsWireMock(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .anyMatch(
              line ->
                  line.startsWith("import com.github.tomakehurst.")
                      || line.startsWith("import wiremock.")
                      || line.startsWith("import static com.github.tomakehurst."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
