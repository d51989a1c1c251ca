package io.crego.contract.stub.robustness;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an answer must never show a client: a stack trace, a Java exception's class, or a path of
 * the machine the stub runs on. Error bodies say what was wrong with the request, nothing more.
 */
final class LeakCheck {

  private static final List<Pattern> LEAKS =
      List.of(
          Pattern.compile(
              "\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\((\\w+\\.java:\\d+|Native Method|Unknown Source)\\)"),
          Pattern.compile(
              "\\b(java|javax|jdk|sun|com\\.fasterxml|com\\.github|org\\.eclipse|wiremock|io\\.crego)\\.[\\w.$]*(Exception|Error)\\b"),
          Pattern.compile("\\b\\w+\\.(java|class|jar|db)\\b"),
          Pattern.compile("(^|[\\s\"'=(])/(tmp|work|root|home|usr|var|opt|etc|proc)/"),
          Pattern.compile("[A-Za-z]:\\\\"),
          Pattern.compile("file:/"));

  private LeakCheck() {}

  /** The first leak found in the text, or null. */
  static String find(String text) {
    if (text == null) {
      return null;
    }
    for (Pattern leak : LEAKS) {
      var matcher = leak.matcher(text);
      if (matcher.find()) {
        return matcher.group();
      }
    }
    return null;
  }
}
