package io.crego.contract.stub.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Swagger UI's static files, read from the {@code org.webjars:swagger-ui} jar on the classpath, so
 * the explorer works with no network. Only text files are served (scripts, style sheets, pages):
 * the stub's responses carry text, and the explorer's own page needs none of the webjar's images.
 */
final class SwaggerUiWebjar {

  /** Where every webjar records its version; webjars-locator reads the same file. */
  private static final String POM_PROPERTIES =
      "META-INF/maven/org.webjars/swagger-ui/pom.properties";

  /**
   * A plain file name: no folder, no "..", so a request can only ever reach a file of the webjar's
   * own folder.
   */
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private static final Map<String, String> TEXT_TYPES =
      Map.of(
          ".js", "text/javascript; charset=utf-8",
          ".css", "text/css; charset=utf-8",
          ".html", "text/html; charset=utf-8");

  private final String version;
  private final String folder;
  private final ClassLoader loader;
  // Only files that exist are kept, so the cache is bounded by the webjar's own listing.
  private final ConcurrentMap<String, TextFile> loaded = new ConcurrentHashMap<>();

  private SwaggerUiWebjar(String version, ClassLoader loader) {
    this.version = version;
    this.folder = "META-INF/resources/webjars/swagger-ui/" + version + "/";
    this.loader = loader;
  }

  /**
   * @throws IllegalStateException when the webjar is not on the classpath, so a stub built without
   *     it fails at start rather than on the first visit to the page
   */
  static SwaggerUiWebjar onClasspath() {
    ClassLoader loader = SwaggerUiWebjar.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException(
            "Swagger UI's webjar (org.webjars:swagger-ui) is not on the classpath: no "
                + POM_PROPERTIES);
      }
      Properties properties = new Properties();
      properties.load(in);
      return new SwaggerUiWebjar(properties.getProperty("version"), loader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String version() {
    return version;
  }

  /** The webjar's text file of that name, or empty when there is none. */
  Optional<TextFile> file(String name) {
    String type = contentType(name);
    if (type == null || !FILE_NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    TextFile cached = loaded.get(name);
    if (cached != null) {
      return Optional.of(cached);
    }
    return read(name, type).map(file -> loaded.computeIfAbsent(name, n -> file));
  }

  private Optional<TextFile> read(String name, String type) {
    try (InputStream in = loader.getResourceAsStream(folder + name)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new TextFile(new String(in.readAllBytes(), StandardCharsets.UTF_8), type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The content type of a text file the explorer serves, or null for any other file. */
  static String contentType(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? null : TEXT_TYPES.get(name.substring(dot));
  }

  /** A file's text and its content type. */
  record TextFile(String text, String contentType) {}
}
