package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;

/**
 * What the demo seed gives a company, found through the public API as a client would: an account, a
 * collection bank, and a loan with EMIs due.
 */
record Demo(String account, String bank, StubHttp http, String token) {

  static Demo of(StubHttp http, String token) {
    Reply processed =
        http.get("/v1/lms/records/?status=processed&type=repayment&page_size=100", token);
    assertEquals(200, processed.status(), processed::toString);
    for (JsonNode record : processed.json().path("results")) {
      if (record.path("collection_bank").isObject()) {
        return new Demo(
            record.path("account").asText(),
            record.path("collection_bank").path("id").asText(),
            http,
            token);
      }
    }
    throw new AssertionError("the demo seed has no processed repayment with a collection bank");
  }

  /** An active loan with an EMI due now, so that a repayment settles against it. */
  JsonNode loanWithDueEmis() {
    Reply due = http.get("/v1/lms/emis/?status=due&page_size=100", token);
    assertEquals(200, due.status(), due::toString);
    for (JsonNode emi : due.json().path("results")) {
      Reply loan = http.get("/v1/lms/loans/?status=active&page_size=100", token);
      for (JsonNode candidate : loan.json().path("results")) {
        if (candidate.path("id").asText().equals(emi.path("loan").asText())) {
          return candidate;
        }
      }
    }
    throw new AssertionError("the demo seed has no active loan with an EMI due");
  }
}
