package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.common.Notifier;
import java.io.PrintStream;

/** WireMock's own messages: its chatter is dropped (the dispatcher logs each call), errors kept. */
final class ConsoleErrorsNotifier implements Notifier {

  private final PrintStream errors;

  ConsoleErrorsNotifier(PrintStream errors) {
    this.errors = errors;
  }

  @Override
  public void info(String message) {}

  @Override
  public void error(String message) {
    errors.println("[wiremock] " + message);
  }

  @Override
  public void error(String message, Throwable t) {
    errors.println("[wiremock] " + message);
    t.printStackTrace(errors);
  }
}
