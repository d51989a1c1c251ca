package io.crego.contract.stub.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few HTTP calls the extension's tests make, as a team's own test would. */
final class Calls {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Calls() {}

  /** GET with a bearer token. */
  static HttpResponse<String> get(String baseUrl, String path, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "Bearer " + token)
            .build());
  }

  /** GET without a token (the admin routes are open by default). */
  static HttpResponse<String> get(String baseUrl, String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build());
  }

  /** Whether anything still answers at this base URL. */
  static boolean answers(String baseUrl) {
    try {
      CLIENT.send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/health"))
              .timeout(Duration.ofSeconds(2))
              .build(),
          HttpResponse.BodyHandlers.discarding());
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
