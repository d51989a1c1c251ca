package io.crego.contract.conformance.cli;

import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.conformance.http.NoAnswerError;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * Before any test: the target answers, and it takes the run's credentials. Otherwise the run stops
 * with one reason naming the URL (exit 3), instead of failing every test the same way.
 */
final class Preflight {

  private static final String PROBE_OPERATION = OperationIds.LIST_RECORDS;

  private Preflight() {}

  static void check(SuiteRun run) {
    String url = run.config().baseUrl();
    reachable(run, url);
    if (run.session().credentials().isEmpty()) {
      return;
    }
    String loginUrl = run.config().loginBaseUrl();
    try {
      run.session().auth(); // logs in when given a username and password
    } catch (IllegalStateException e) {
      throw new TargetUnavailableException(
          "credentials refused by " + loginUrl + ": " + e.getMessage());
    } catch (NoAnswerError e) {
      throw new TargetUnavailableException("login unanswered: " + e.getMessage());
    } catch (AssertionError e) {
      return; // the login answered outside the contract: the tests will say how
    }
    SpecOperation probe = run.spec().operation(PROBE_OPERATION).orElseThrow();
    ApiResult answer;
    try {
      answer =
          run.session()
              .client()
              .send(Call.to(probe).withQuery("page_size", "1"), run.session().auth());
    } catch (AssertionError e) {
      return; // answered, but not by the contract: the tests will say how
    }
    if (answer.status() == 401 || answer.status() == 403) {
      throw new TargetUnavailableException(
          (loginUrl.equals(url) || !run.session().credentials().hasLogin()
                  ? "credentials refused by " + url
                  : "the token of the login at " + loginUrl + " is refused by " + url)
              + ": "
              + answer.describe()
              + " "
              + answer.excerpt());
    }
  }

  private static void reachable(SuiteRun run, String url) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(run.config().timeout()).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/auth/ping/"))
            .timeout(run.config().timeout())
            .GET()
            .build();
    try {
      client.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (HttpTimeoutException e) {
      if (e instanceof HttpConnectTimeoutException) {
        throw new TargetUnavailableException(
            "target unreachable: GET " + request.uri() + " could not connect in time");
      }
      // connected, but slow to answer: reachable; the tests report the time-outs
    } catch (IOException e) {
      throw new TargetUnavailableException(
          "target unreachable: GET "
              + request.uri()
              + " failed ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TargetUnavailableException("interrupted while reaching " + url);
    }
  }
}
