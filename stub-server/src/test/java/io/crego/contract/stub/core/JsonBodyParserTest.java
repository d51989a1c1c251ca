package io.crego.contract.stub.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crego.contract.stub.core.JsonBodyParser.MalformedBody;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyParserTest {

  private final JsonBodyParser parser = new JsonBodyParser();

  private String refusal(String body) {
    return assertThrows(
            MalformedBody.class, () -> parser.parse(body.getBytes(StandardCharsets.UTF_8)))
        .getMessage();
  }

  @Test
  void anUnclosedObjectSaysWhereItOpenedAndWhereTheBodyEnded() {
    assertEquals(
        "The body is not valid JSON: Unexpected end-of-input: expected close marker for Object"
            + " (start marker at line 1, column 1) (line 1, column 19)",
        refusal("{\"account_id\": \"x\""));
  }

  @Test
  void aStrayCharacterIsNamedWithItsPlace() {
    assertEquals(
        "The body is not valid JSON: Unexpected character ('}' (code 125)): expected a valid value"
            + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"
            + " (line 2, column 9)",
        refusal("{\"utr\":\n        }"));
  }

  @Test
  void noMessageNamesTheParsersOwnSettings() {
    for (String body : new String[] {"{", "[1,", "{\"a\": [}", "{\"a\" 1}", "nul"}) {
      String message = refusal(body);
      assertEquals(-1, message.indexOf("Source:"), message);
      assertEquals(-1, message.indexOf("StreamReadFeature"), message);
    }
  }
}
