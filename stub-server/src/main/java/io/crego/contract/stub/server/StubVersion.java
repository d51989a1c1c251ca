package io.crego.contract.stub.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The stub's version, from the build. */
final class StubVersion implements CommandLine.IVersionProvider {

  static String current() {
    try (InputStream in =
        StubVersion.class.getClassLoader().getResourceAsStream("crego/stub-version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"crego-stub " + current()};
  }
}
