package io.crego.contract.conformance.cli;

import io.crego.contract.conformance.config.SuiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Keeps secrets (a token, a password) out of what a run writes. The JUnit XML writer takes {@link
 * #redactor} and never writes one; the other reports are scrubbed once written ({@link #scrub}),
 * after the run and when it is stopped, in case a secret came back in a message or an exchange.
 */
final class Secrets {

  static final String REDACTED = "[redacted]";

  private Secrets() {}

  static List<String> of(SuiteConfig config) {
    List<String> secrets = new ArrayList<>();
    add(secrets, config.credentials().token());
    add(secrets, config.credentials().password());
    add(secrets, config.secondCredentials().password());
    return secrets;
  }

  private static void add(List<String> secrets, String value) {
    if (value != null && !value.isEmpty()) {
      secrets.add(value);
    }
  }

  /** Replaces every secret of the settings in a text. */
  static UnaryOperator<String> redactor(SuiteConfig config) {
    List<String> secrets = of(config);
    return text -> {
      String clean = text;
      for (String secret : secrets) {
        clean = clean.replace(secret, REDACTED);
      }
      return clean;
    };
  }

  /** Replaces every secret of the settings in every file under {@code dir}. */
  static void scrub(SuiteConfig config, Path dir) {
    List<String> secrets = of(config);
    if (secrets.isEmpty() || !Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String clean = text;
        for (String secret : secrets) {
          clean = clean.replace(secret, REDACTED);
        }
        if (!clean.equals(text)) {
          Files.writeString(file, clean, StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot scrub secrets from " + dir, e);
    }
  }
}
