package io.crego.contract.stub.junit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crego.contract.stub.junit.CregoStub;
import io.crego.contract.stub.junit.CregoStubHandle;
import io.crego.contract.stub.junit.CregoStubToken;
import io.crego.contract.stub.junit.CregoStubUrl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

// One stub for the class, on a free port: demo data, user admin:admin, dev token crego-dev-token.
@CregoStub
class PendingRecordsTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void listsPendingRecords(@CregoStubUrl String baseUrl, @CregoStubToken String token)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/v1/lms/records/?status=pending"))
            .header("Authorization", "Bearer " + token)
            .build();

    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
  }

  @Test
  void pingsAsALoggedInUser(CregoStubHandle stub) throws Exception {
    String token = stub.login("admin", "admin"); // POST /auth/login/, like your app does
    HttpRequest ping =
        HttpRequest.newBuilder(stub.url("/auth/ping/"))
            .header("Authorization", "Bearer " + token)
            .build();

    assertEquals(200, http.send(ping, HttpResponse.BodyHandlers.ofString()).statusCode());
  }
}
