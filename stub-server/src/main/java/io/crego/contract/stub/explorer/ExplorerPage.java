package io.crego.contract.stub.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The explorer's two own files: the HTML page that loads Swagger UI, and the script that sets it up
 * for this stub. Both are templates in {@code crego/explorer/}; the script's values are filled in
 * once, when the explorer is built.
 */
final class ExplorerPage {

  private static final String TEMPLATES = "crego/explorer/";

  private final String html;
  private final String initializer;

  /**
   * @param specUrl where the page loads the contract from, e.g. {@code /openapi.yaml}
   * @param devToken the token to pre-fill in the authorisation dialog, if any
   */
  ExplorerPage(String specUrl, Optional<String> devToken) {
    this.html = template("index.html");
    this.initializer =
        template("swagger-initializer.js")
            .replace("{{specUrl}}", jsString(specUrl))
            .replace("{{devToken}}", devToken.map(ExplorerPage::jsString).orElse("null"));
  }

  String html() {
    return html;
  }

  String initializer() {
    return initializer;
  }

  /**
   * A JavaScript string literal of the value. Quotes, backslashes, control characters and the line
   * separators JavaScript treats as line ends are escaped, so no configured token can break out of
   * the string.
   */
  static String jsString(String value) {
    StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<' || c == '>') {
        literal.append(String.format("\\u%04x", (int) c));
      } else {
        literal.append(c);
      }
    }
    return literal.append('"').toString();
  }

  private static String template(String name) {
    try (InputStream in =
        ExplorerPage.class.getClassLoader().getResourceAsStream(TEMPLATES + name)) {
      if (in == null) {
        throw new IllegalStateException("No " + TEMPLATES + name + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
