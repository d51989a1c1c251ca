package io.crego.contract.conformance.cli;

import static io.crego.contract.spec.testing.ReadmeTable.unquote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crego.contract.conformance.config.Setting;
import io.crego.contract.spec.testing.HelpText;
import io.crego.contract.spec.testing.ReadmeTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's table of the suite's options is made from the {@link Setting} declarations (one row
 * per setting, in order), and {@code --help} says what the table says: each option's help line is
 * its README row's meaning, default and environment variable. After changing a setting, run this
 * test with {@code -Dcrego.writeReadmeTable=true} to rewrite the table.
 */
class ReadmeOptionsTest {

  private static final ReadmeTable TABLE =
      new ReadmeTable(
          Path.of("..", "README.md"),
          "<!-- conformance-flags:start",
          "<!-- conformance-flags:end -->");
  private static final String HEADER =
      "| flag | environment variable | Maven property | default | meaning |\n|---|---|---|---|---|\n";

  /** A row as the README has it; a default of null is one written {@code (none: …)}. */
  private record Row(
      String flag,
      String envVar,
      String property,
      String defaultValue,
      String without,
      String meaning) {}

  private static final Pattern NONE = Pattern.compile("\\(none: (.+)\\)");

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
                            s.defaultValue() == null
                                ? "(none: " + s.withoutIt() + ")"
                                : "`" + s.defaultValue() + "`",
                            s.description()))
            .collect(Collectors.joining());
  }

  private static List<Row> rows() throws IOException {
    return TABLE.optionRows(5).stream()
        .map(
            cells -> {
              Matcher none = NONE.matcher(cells.get(3).trim());
              return new Row(
                  unquote(cells.get(0)),
                  unquote(cells.get(1)),
                  unquote(cells.get(2)).replaceFirst("^-D", ""),
                  none.matches() ? null : unquote(cells.get(3)),
                  none.matches() ? none.group(1) : null,
                  cells.get(4).trim());
            })
        .toList();
  }

  @Test
  void theReadmeTableIsTheOneTheSettingsMake() throws IOException {
    assertEquals(
        generatedTable(),
        TABLE.rewrittenIfAskedTo(generatedTable()),
        "README options table is stale: rerun with -Dcrego.writeReadmeTable=true");
    assertEquals(Setting.values().length, rows().size());
  }

  /**
   * The help is read from the command line a user runs, and each line compared with what its README
   * row says, in the form the stub's help has too: the meaning as a sentence, without the Markdown
   * code marks, then {@code Default: …} and {@code Env: …}.
   */
  @Test
  void eachHelpLineSaysWhatItsReadmeRowSays() throws IOException {
    String help = helpText();
    List<Row> rows = rows();
    assertEquals(Setting.values().length, rows.size());
    for (Row row : rows) {
      String meaning =
          row.meaning().startsWith("`")
              ? row.meaning()
              : row.meaning().substring(0, 1).toUpperCase(Locale.ROOT) + row.meaning().substring(1);
      String expected =
          meaning.replace("`", "")
              + ". Default: "
              + (row.defaultValue() != null ? row.defaultValue() : "none, " + row.without())
              + ". Env: "
              + row.envVar()
              + ".";
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
