package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.testing.HelpText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's table of the stub's options is made from the {@link Setting} declarations (one row
 * per setting, in order), and {@code --help} says what the table says: each option's help line is
 * its README row's meaning, default and environment variable. After changing a setting, run this
 * test with {@code -Dcrego.writeReadmeTable=true} to rewrite the table.
 */
class ReadmeOptionsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final String START = "<!-- stub-flags:start";
  private static final String END = "<!-- stub-flags:end -->";
  private static final String HEADER =
      "| flag | environment variable | default | meaning |\n|---|---|---|---|\n";

  /** A row as the README has it; a default of null is one written {@code (none: …)}. */
  private record Row(
      String flag, String envVar, String defaultValue, String without, String meaning) {}

  private static final Pattern NONE = Pattern.compile("\\(none: (.+)\\)");

  private static String readmeTable(String readme) {
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertTrue(start >= 0 && end > start, "README has no stub-flags table");
    int body = readme.indexOf('\n', start) + 1;
    return readme.substring(body, end);
  }

  private static String generatedTable() {
    return HEADER
        + Arrays.stream(Setting.values())
            .map(
                s ->
                    "| `%s` | `%s` | %s | %s |\n"
                        .formatted(
                            s.flag(),
                            s.envVar(),
                            s.defaultValue() == null
                                ? "(none: " + s.withoutIt() + ")"
                                : "`" + s.defaultValue() + "`",
                            s.meaning()))
            .collect(Collectors.joining());
  }

  private static List<Row> rows(String table) {
    return table
        .lines()
        .filter(line -> line.startsWith("| `--"))
        .map(line -> line.substring(2, line.length() - 2).split(" \\| ", 4))
        .map(
            cells -> {
              Matcher none = NONE.matcher(cells[2].trim());
              return new Row(
                  unquote(cells[0]),
                  unquote(cells[1]),
                  none.matches() ? null : unquote(cells[2]),
                  none.matches() ? none.group(1) : null,
                  cells[3].trim());
            })
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

  /**
   * The help is read from the command line a user runs, and each line compared with what its README
   * row says, in the help's own form: the meaning as a sentence, without the Markdown code marks,
   * then {@code Default: …} and {@code Env: …}.
   */
  @Test
  void eachHelpLineSaysWhatItsReadmeRowSays() throws IOException {
    String help = helpText();
    List<Row> rows = rows(readmeTable(Files.readString(README)));
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new StubMain(
                Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .execute(new String[] {"--help"});
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }
}
