package io.crego.contract.spec.testing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a picocli {@code --help} text the way the README checks of the stub and of the suite
 * compare it with their options tables: one option's description, and text compared without its
 * whitespace (picocli wraps long lines after a space or a hyphen).
 */
public final class HelpText {

  /** Options start within the first columns; their descriptions' continuation lines further in. */
  private static final int OPTION_COLUMNS = 8;

  private HelpText() {}

  /** The description of {@code flag} in the help, its wrapped continuation lines joined. */
  public static String description(String help, String flag) {
    List<String> lines = help.lines().toList();
    Pattern optionLine =
        Pattern.compile(
            "^\\s{0," + OPTION_COLUMNS + "}" + Pattern.quote(flag) + "(?:[=\\[]\\S*)?(.*)$");
    for (int i = 0; i < lines.size(); i++) {
      Matcher matcher = optionLine.matcher(lines.get(i));
      if (matcher.matches()) {
        StringBuilder text = new StringBuilder(matcher.group(1));
        for (int j = i + 1; j < lines.size() && indent(lines.get(j)) > OPTION_COLUMNS; j++) {
          text.append(' ').append(lines.get(j).trim());
        }
        return text.toString().trim();
      }
    }
    throw new AssertionError(flag + " is not in --help:\n" + help);
  }

  /** The text without any whitespace, for comparing a wrapped help line with a README cell. */
  public static String withoutSpaces(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }
}
