package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.testing.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code --data-dir}, what the API acknowledged is there after a restart, unchanged. */
class PersistenceTest {

  @TempDir Path dataDir;

  @Test
  void acknowledgedWritesSurviveARestart() {
    String recordId;
    JsonNode processed;
    JsonNode listBefore;
    try (RunningStub stub = RunningStub.start(RunningStub.testConfig().withDataDir(dataDir))) {
      JsonNode banked = firstBankedRepayment(stub);
      Reply created =
          stub.call("POST", "/v1/lms/records/")
              .devToken()
              .json(
                  "{\"account_id\": \""
                      + banked.path("account").asText()
                      + "\", \"received_amount\": 1234.5, \"date\": 1718610125}")
              .send();
      assertEquals(201, created.status(), created.body());
      recordId = created.json().path("id").asText();
      Reply marked =
          stub.call("PUT", "/v1/lms/records/" + recordId + "/mark_processed/")
              .devToken()
              .json(
                  "{\"utr\": \"PERSIST-1\", \"settled_at\": 1718610125, \"collection_bank_id\": \""
                      + banked.at("/collection_bank/id").asText()
                      + "\"}")
              .send();
      assertEquals(200, marked.status(), marked.body());
      processed = marked.json();
      listBefore = stub.call("GET", "/v1/lms/records/?page_size=100").devToken().send().json();
    }

    try (RunningStub restarted = RunningStub.start(RunningStub.testConfig().withDataDir(dataDir))) {
      Reply again = restarted.call("GET", "/v1/lms/records/" + recordId + "/").devToken().send();
      assertEquals(200, again.status(), again.body());
      assertEquals(processed, again.json(), "the record as it was acknowledged");
      JsonNode listAfter =
          restarted.call("GET", "/v1/lms/records/?page_size=100").devToken().send().json();
      assertEquals(listBefore, listAfter, "nothing lost, nothing seeded twice");
      restarted
          .call("PUT", "/v1/lms/records/" + recordId + "/mark_processed/")
          .devToken()
          .json(
              "{\"utr\": \"PERSIST-2\", \"settled_at\": 1718610125, \"collection_bank_id\": \""
                  + processed.at("/collection_bank/id").asText()
                  + "\"}")
          .send()
          .isError(409, "TRANSITION_NOT_ALLOWED");
    }
  }

  private static JsonNode firstBankedRepayment(RunningStub stub) {
    for (JsonNode record :
        stub.call("GET", "/v1/lms/records/?status=processed&type=repayment&page_size=100")
            .devToken()
            .send()
            .json()
            .path("results")) {
      if (record.path("collection_bank").isObject()) {
        return record;
      }
    }
    throw new AssertionError("the demo seed has no processed repayment with a collection bank");
  }
}
