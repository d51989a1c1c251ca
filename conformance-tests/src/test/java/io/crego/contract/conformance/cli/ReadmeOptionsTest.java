package io.crego.contract.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.config.Setting;
import io.crego.contract.spec.testing.HelpText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's table of the suite's options is made from the {@link Setting} declarations (one row
 * per setting, in order), and {@code --help} says what the table says: each option's help line is
 * its README row's meaning, environment variable and default. After changing a setting, run this
 * test with {@code -Dcrego.writeReadmeTable=true} to rewrite the table.
 */
class ReadmeOptionsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final String START = "<!-- conformance-flags:start";
  private static final String END = "<!-- conformance-flags:end -->";
  private static final String HEADER =
      "| flag | environment variable | Maven property | default | meaning |\n|---|---|---|---|---|\n";

  private record Row(
      String flag, String envVar, String property, String defaultValue, String meaning) {}

  /** The table's rows as the README has them, between its markers. */
  private static String readmeTable(String readme) {
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertTrue(start >= 0 && end > start, "README has no conformance-flags table");
    int body = readme.indexOf('\n', start) + 1;
    return readme.substring(body, end);
  }

  private static String generatedTable() {
    return HEADER
        + Arrays.stream(Setting.values())
            .map(
                s ->
                    "| `%s` | `%s` | `-D%s` | %s | %s |\n"
                        .formatted(
                            s.flag(),
                            s.environmentVariable(),
                            s.systemProperty(),
                            s.defaultValue() == null ? "(none)" : "`" + s.defaultValue() + "`",
                            s.description()))
            .collect(Collectors.joining());
  }

  private static List<Row> rows(String table) {
    return table
        .lines()
        .filter(line -> line.startsWith("| `--"))
        .map(line -> line.split(" \\| "))
        .map(
            cells ->
                new Row(
                    unquote(cells[0].substring(1)),
                    unquote(cells[1]),
                    unquote(cells[2]).replaceFirst("^-D", ""),
                    cells[3].trim().startsWith("`") ? unquote(cells[3]) : null,
                    cells[4].replaceFirst(" \\|$", "").trim()))
        .toList();
  }

  private static String unquote(String cell) {
    return cell.trim().replace("`", "");
  }

  @Test
  void theReadmeTableIsTheOneTheSettingsMake() throws IOException {
    String readme = Files.readString(README);
    if (Boolean.getBoolean("crego.writeReadmeTable")) {
      String old = readmeTable(readme);
      Files.writeString(README, readme.replace(old, generatedTable()));
      readme = Files.readString(README);
    }
    assertEquals(
        generatedTable(),
        readmeTable(readme),
        "README options table is stale: rerun with -Dcrego.writeReadmeTable=true");
    assertEquals(Setting.values().length, rows(readmeTable(readme)).size());
  }

  @Test
  void eachHelpLineSaysWhatItsReadmeRowSays() throws IOException {
    String help = helpText();
    for (Row row : rows(readmeTable(Files.readString(README)))) {
      String expected =
          row.meaning()
              + " ["
              + row.envVar()
              + (row.defaultValue() == null ? "" : ", default " + row.defaultValue())
              + "]";
      // picocli wraps long lines (after a space or a hyphen), so compare without whitespace
      assertEquals(
          HelpText.withoutSpaces(expected),
          HelpText.withoutSpaces(HelpText.description(help, row.flag())),
          row.flag() + "'s --help line differs from its README row");
    }
  }

  private static String helpText() {
    StringWriter out = new StringWriter();
    picocli.CommandLine commandLine = ConformanceMain.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    assertEquals(0, commandLine.execute("--help"));
    return out.toString();
  }
}
