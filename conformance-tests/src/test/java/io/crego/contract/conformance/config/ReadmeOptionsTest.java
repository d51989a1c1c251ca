package io.crego.contract.conformance.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's table of the suite's options is the code's: one row per {@link Setting}, in order,
 * with its flag, environment variable, Maven property and default.
 */
class ReadmeOptionsTest {

  private static final Path README = Path.of("..", "README.md");

  private record Row(String flag, String envVar, String property, String defaultValue) {}

  private static List<Row> readmeRows() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("<!-- conformance-flags:start");
    int end = readme.indexOf("<!-- conformance-flags:end -->");
    assertTrue(start >= 0 && end > start, "README has no conformance-flags table");
    return readme
        .substring(start, end)
        .lines()
        .filter(line -> line.startsWith("| `--"))
        .map(line -> line.split("\\|"))
        .map(
            cells ->
                new Row(
                    unquote(cells[1]),
                    unquote(cells[2]),
                    unquote(cells[3]).replaceFirst("^-D", ""),
                    cells[4].trim().startsWith("`") ? unquote(cells[4]) : null))
        .toList();
  }

  private static String unquote(String cell) {
    return cell.trim().replace("`", "");
  }

  @Test
  void everyOptionHasItsRowAndNoRowIsStale() throws IOException {
    List<Row> expected =
        Arrays.stream(Setting.values())
            .map(
                s ->
                    new Row(
                        s.flag(), s.environmentVariable(), s.systemProperty(), s.defaultValue()))
            .toList();
    assertEquals(expected, readmeRows());
  }
}
