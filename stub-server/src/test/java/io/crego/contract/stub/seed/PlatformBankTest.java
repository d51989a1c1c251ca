package io.crego.contract.stub.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.stub.core.ResponseCheck;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import io.crego.contract.stub.store.InMemoryStore;
import io.crego.contract.stub.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every company holds the platform's collection bank, whatever the seed: Mark Processed with the
 * spec's own request example works on an empty stub, and again after the company is reset.
 */
class PlatformBankTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void theBankIsStoredOnceWithAValidIfsc() {
    try (Store store = new InMemoryStore()) {
      PlatformBank platform = new PlatformBank(store);
      String company = UUID.randomUUID().toString();

      platform.ensure(company);
      platform.ensure(company);

      var banks = store.read(company, view -> view.all(Kinds.BANKS));
      assertEquals(1, banks.size());
      Bank bank = banks.get(0);
      assertEquals(PlatformBank.COLLECTION_BANK_ID, bank.getId());
      assertEquals("Crego collection account", bank.getAccountHolderName());
      assertTrue(bank.getIfsc().matches("^[A-Z]{4}0[A-Z0-9]{6}$"), bank.getIfsc());
      assertEquals(UUID.fromString(company), bank.getCompany());
    }
  }

  @Test
  void markProcessedTakesTheSpecExampleOnAStubSeededWithNothing() throws Exception {
    StubConfig config =
        StubConfig.defaults()
            .withPort(0)
            .withHost("127.0.0.1")
            .withSeed("none")
            .withResponseCheck(ResponseCheck.ENFORCE)
            .withAccessLog(false);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (StubServer stub = StubServer.start(config, quiet, quiet)) {
      JsonNode processed = processARecord(stub);
      assertEquals("processed", processed.path("status").asText());
      assertEquals(
          PlatformBank.COLLECTION_BANK_ID.toString(), processed.at("/collection_bank/id").asText());
      assertEquals(
          "Crego collection account",
          processed.at("/collection_bank/account_holder_name").asText());

      HttpResponse<String> reset = send(stub, "POST", "/__admin/crego/reset", null, false);
      assertEquals(200, reset.statusCode(), reset.body());

      assertEquals("processed", processARecord(stub).path("status").asText());
    }
  }

  /** An account, a repayment on it, and Mark Processed with the spec's request example. */
  private static JsonNode processARecord(StubServer stub) throws Exception {
    String lead = "lead" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String account =
        expect(
                201,
                send(
                    stub,
                    "POST",
                    "/v1/lms/accounts/",
                    "{\"lead_id\": \""
                        + lead
                        + "\", \"program_id\": \"p1\", \"name\": \"Sharma Traders\","
                        + " \"type\": \"term_loan\", \"approved_line_amount\": 500000}",
                    true))
            .path("id")
            .asText();
    String record =
        expect(
                201,
                send(
                    stub,
                    "POST",
                    "/v1/lms/records/",
                    "{\"account_id\": \""
                        + account
                        + "\", \"type\": \"repayment\", \"received_amount\": 2000,"
                        + " \"tds_amount\": 0, \"payment_mode\": \"neft\", \"date\": 1718610125}",
                    true))
            .path("id")
            .asText();
    String utr = "UTR" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return expect(
        200,
        send(
            stub,
            "PUT",
            "/v1/lms/records/" + record + "/mark_processed/",
            "{\"utr\": \""
                + utr
                + "\", \"settled_at\": 1715331600,"
                + " \"collection_bank_id\": \"324c4826-1729-4682-8770-f388b6e7e6b7\"}",
            true));
  }

  private static HttpResponse<String> send(
      StubServer stub, String method, String path, String body, boolean authorized)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(stub.baseUrl() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorized) {
      request.header("Authorization", "Bearer " + stub.devToken());
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode expect(int status, HttpResponse<String> response) throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }
}
