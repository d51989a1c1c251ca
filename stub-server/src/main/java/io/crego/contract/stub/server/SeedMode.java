package io.crego.contract.stub.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a company's data starts as. */
public enum SeedMode {
  /** The demo data set, put in before a company's first request and again after a reset. */
  DEMO,
  /** Nothing: every company starts empty. */
  NONE;

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SeedMode parse(String text) {
    return Arrays.stream(values())
        .filter(mode -> mode.cliName().equals(text.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "must be one of "
                        + Arrays.stream(values())
                            .map(SeedMode::cliName)
                            .collect(Collectors.joining(", "))
                        + ", got \""
                        + text
                        + "\""));
  }
}
