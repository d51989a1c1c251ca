package io.crego.contract.stub.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.stub.core.ResponseCheck;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.server.StubConfig;
import io.crego.contract.stub.server.StubServer;
import io.crego.contract.stub.store.InMemoryStore;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every company holds the platform's collection bank, whatever the seed: Mark Processed with the
 * spec's own request example works on an empty stub, and again after the company is reset.
 */
class PlatformBankTest {

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
      StubHttp http = StubHttp.to(stub);
      JsonNode processed = processARecord(http);
      assertEquals("processed", processed.path("status").asText());
      assertEquals(
          PlatformBank.COLLECTION_BANK_ID.toString(), processed.at("/collection_bank/id").asText());
      assertEquals(
          "Crego collection account",
          processed.at("/collection_bank/account_holder_name").asText());

      Reply reset = http.call("POST", "/__admin/crego/reset").send();
      assertEquals(200, reset.status(), reset.body());

      assertEquals("processed", processARecord(http).path("status").asText());
    }
  }

  /** An account, a repayment on it, and Mark Processed with the spec's request example. */
  private static JsonNode processARecord(StubHttp http) {
    String lead = "lead" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String account =
        expect(
                201,
                send(
                    http,
                    "POST",
                    "/v1/lms/accounts/",
                    "{\"lead_id\": \""
                        + lead
                        + "\", \"program_id\": \"p1\", \"name\": \"Sharma Traders\","
                        + " \"type\": \"term_loan\", \"approved_line_amount\": 500000}"))
            .path("id")
            .asText();
    String record =
        expect(
                201,
                send(
                    http,
                    "POST",
                    "/v1/lms/records/",
                    "{\"account_id\": \""
                        + account
                        + "\", \"type\": \"repayment\", \"received_amount\": 2000,"
                        + " \"tds_amount\": 0, \"payment_mode\": \"neft\", \"date\": 1718610125}"))
            .path("id")
            .asText();
    String utr = "UTR" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return expect(
        200,
        send(
            http,
            "PUT",
            "/v1/lms/records/" + record + "/mark_processed/",
            "{\"utr\": \""
                + utr
                + "\", \"settled_at\": 1715331600,"
                + " \"collection_bank_id\": \"324c4826-1729-4682-8770-f388b6e7e6b7\"}"));
  }

  /** A JSON call with the dev token. */
  private static Reply send(StubHttp http, String method, String path, String body) {
    return http.call(method, path).devToken().json(body).send();
  }

  private static JsonNode expect(int status, Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    return reply.json();
  }
}
