package io.crego.contract.stub.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** What is wrong with a text that is not JSON, said for the one who sent it. */
public final class JsonSyntax {

  /**
   * Jackson names a location inside its own messages (where an unclosed object started) as {@code
   * [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column:
   * 1]}: the parser's settings, not the sender's problem. Only line and column are kept.
   */
  private static final Pattern EMBEDDED_LOCATION =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private JsonSyntax() {}

  /** The parser's first line of complaint, with where it stopped: "… (line 1, column 19)". */
  public static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    message = EMBEDDED_LOCATION.matcher(message).replaceAll("line $1, column $2");
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
    return message;
  }
}
