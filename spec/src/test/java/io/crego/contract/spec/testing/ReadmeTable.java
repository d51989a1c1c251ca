package io.crego.contract.spec.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * An options table of the README, between its two HTML-comment markers, as the README checks of the
 * stub and of the suite read it: the table must be the one their option declarations make, and
 * {@code -Dcrego.writeReadmeTable=true} rewrites it from them.
 */
public final class ReadmeTable {

  private final Path readme;
  private final String startMarker;
  private final String endMarker;

  /** The table after the line holding {@code startMarker} and before {@code endMarker}. */
  public ReadmeTable(Path readme, String startMarker, String endMarker) {
    this.readme = readme;
    this.startMarker = startMarker;
    this.endMarker = endMarker;
  }

  /** The table's text as the README has it now: its header and every row. */
  public String text() throws IOException {
    String text = Files.readString(readme);
    int start = text.indexOf(startMarker);
    int end = text.indexOf(endMarker);
    if (start < 0 || end < start) {
      throw new AssertionError(
          readme + " has no table between " + startMarker + " and " + endMarker);
    }
    return text.substring(text.indexOf('\n', start) + 1, end);
  }

  /**
   * The table as it should be, {@code generated} from the declarations: with {@code
   * -Dcrego.writeReadmeTable=true} the README's table is first replaced by it. Returns the table
   * the README then has, for the caller to compare with {@code generated}.
   */
  public String rewrittenIfAskedTo(String generated) throws IOException {
    if (Boolean.getBoolean("crego.writeReadmeTable")) {
      String text = Files.readString(readme);
      Files.writeString(readme, text.replace(text(), generated));
    }
    return text();
  }

  /** The option rows (those starting with a flag), each split into its {@code columns} cells. */
  public List<List<String>> optionRows(int columns) throws IOException {
    return text()
        .lines()
        .filter(line -> line.startsWith("| `--"))
        .map(line -> Arrays.asList(line.substring(2, line.length() - 2).split(" \\| ", columns)))
        .toList();
  }

  /** A cell's text without its Markdown code marks. */
  public static String unquote(String cell) {
    return cell.trim().replace("`", "");
  }
}
