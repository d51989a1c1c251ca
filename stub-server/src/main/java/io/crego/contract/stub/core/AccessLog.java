package io.crego.contract.stub.core;

import java.io.PrintStream;
import java.util.Locale;

/** One line per call: method, path, status, duration and the operation it was routed to. */
@FunctionalInterface
public interface AccessLog {

  void record(String method, String path, int status, long millis, String operationId);

  static AccessLog to(PrintStream out) {
    return (method, path, status, millis, operationId) ->
        out.println(
            String.format(
                Locale.ROOT, "%s %s %d %dms %s", method, path, status, millis, operationId));
  }

  static AccessLog none() {
    return (method, path, status, millis, operationId) -> {};
  }
}
