package io.crego.contract.conformance.config;

import java.util.List;

/** Every problem found while resolving the settings, reported together. */
public final class ConfigException extends RuntimeException {

  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super("Invalid settings:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
