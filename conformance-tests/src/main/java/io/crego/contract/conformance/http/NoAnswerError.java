package io.crego.contract.conformance.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.apache.http.NoHttpResponseException;
import org.apache.http.conn.ConnectTimeoutException;

/**
 * A call the target did not answer: a time-out, a refused or dropped connection. Fails the test
 * with the operation and the URL, e.g. {@code listRecords GET
 * http://host:port/v1/lms/records/?page=1: timed out after 10 s}, instead of the HTTP client's bare
 * {@code Read timed out}.
 */
public final class NoAnswerError extends AssertionError {

  private final String operationId;

  private NoAnswerError(String operationId, String message, Throwable cause) {
    super(message, cause);
    this.operationId = operationId;
  }

  /** The operation whose call went unanswered. */
  public String operationId() {
    return operationId;
  }

  static NoAnswerError of(Call call, String url, IOException cause, Duration timeout) {
    return new NoAnswerError(
        call.operationId(),
        call.operationId()
            + " "
            + call.operation().method()
            + " "
            + url
            + ": "
            + why(cause, timeout),
        cause);
  }

  /** What went wrong, in the words of someone looking at the network, not at the client. */
  private static String why(IOException cause, Duration timeout) {
    String limit = seconds(timeout);
    if (cause instanceof ConnectTimeoutException) {
      return "could not connect, timed out after " + limit;
    }
    if (cause instanceof InterruptedIOException) {
      return "timed out after " + limit + " without an answer";
    }
    if (cause instanceof ConnectException) {
      return "connection refused";
    }
    if (cause instanceof UnknownHostException) {
      return "unknown host " + cause.getMessage();
    }
    if (cause instanceof NoRouteToHostException) {
      return "no route to the host";
    }
    if (cause instanceof NoHttpResponseException) {
      return "the target closed the connection without answering";
    }
    if (cause instanceof SSLException) {
      return "TLS failed: " + cause.getMessage();
    }
    if (cause instanceof SocketException) {
      return "connection lost: " + cause.getMessage();
    }
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  private static String seconds(Duration timeout) {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
  }
}
