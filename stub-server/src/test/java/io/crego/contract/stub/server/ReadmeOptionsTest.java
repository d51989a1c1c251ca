package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's table of the stub's options is the code's: every {@link Setting} has a row with its
 * flag, environment variable and default, and the table has no other rows.
 */
class ReadmeOptionsTest {

  private static final Path README = Path.of("..", "README.md");

  private record Row(String envVar, String defaultValue) {}

  private static Map<String, Row> readmeRows() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("<!-- stub-flags:start");
    int end = readme.indexOf("<!-- stub-flags:end -->");
    assertTrue(start >= 0 && end > start, "README has no stub-flags table");
    Map<String, Row> rows = new LinkedHashMap<>();
    readme
        .substring(start, end)
        .lines()
        .filter(line -> line.startsWith("| `--"))
        .map(line -> line.split("\\|"))
        .forEach(
            cells ->
                rows.put(
                    unquote(cells[1]),
                    new Row(
                        unquote(cells[2]),
                        cells[3].trim().startsWith("`") ? unquote(cells[3]) : null)));
    return rows;
  }

  private static String unquote(String cell) {
    return cell.trim().replace("`", "");
  }

  @Test
  void everyOptionHasItsRowAndNoRowIsStale() throws IOException {
    Map<String, Row> expected =
        Arrays.stream(Setting.values())
            .collect(
                Collectors.toMap(
                    Setting::flag,
                    setting -> new Row(setting.envVar(), setting.defaultValue()),
                    (a, b) -> a,
                    LinkedHashMap::new));
    assertEquals(expected, readmeRows());
  }
}
