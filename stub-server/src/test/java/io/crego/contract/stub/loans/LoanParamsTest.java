package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import org.junit.jupiter.api.Test;

/** Initiate, Get and Update Loan Params. */
class LoanParamsTest extends LoansTestBase {

  private static final String OFFER =
      "{\"lead_id\": \"L1\", \"program_id\": \"P1\", \"line_detail\": {\"approved_line_amount\":"
          + " 500000}, \"loan_data\": {\"emi_count\": 12, \"flat_roi_value\": 14, \"pf_value\": 2,"
          + " \"pf_value_type\": \"percentage\"}}";

  @Test
  void initiatingFillsThePlatformDefaultsAroundTheOffer() {
    JsonNode params =
        api.call(ACME, OperationIds.INITIATE_LOAN_PARAMS).body(OFFER).send().expect(201).body();

    assertEquals(30, params.path("days_in_month").asInt());
    assertEquals(360, params.path("days_in_year").asInt());
    assertEquals("reducing", params.path("interest_type").asText());
    assertEquals("monthly", params.path("emi_frequency").asText());
    assertEquals(12, params.path("emi_count").asInt());
    assertEquals("inf", params.at("/roi_value/0/days").asText());
    assertEquals(0, params.at("/roi_value/0/value").decimalValue().compareTo(rupees("14")));
    assertEquals(0, params.at("/overdue_roi_value/0/value").decimalValue().compareTo(rupees("24")));
    assertEquals(0, params.at("/penal_roi_value/0/value").decimalValue().compareTo(rupees("36")));
    assertEquals(0, params.path("pf_gst").decimalValue().compareTo(rupees("18")));
    assertEquals(true, params.path("pf_is_enabled").asBoolean());
  }

  @Test
  void aLeadHasOneSetOfParameters() {
    api.call(ACME, OperationIds.INITIATE_LOAN_PARAMS).body(OFFER).send().expect(201);

    api.call(ACME, OperationIds.INITIATE_LOAN_PARAMS)
        .body(OFFER)
        .send()
        .expectError(409, "DUPLICATE_REFERENCE");
  }

  @Test
  void getFindsTheLeadsParametersOr404() {
    api.call(ACME, OperationIds.GET_LOAN_PARAMS)
        .query("lead_id", "L1")
        .send()
        .expectError(404, "NOT_FOUND");
    api.call(ACME, OperationIds.INITIATE_LOAN_PARAMS).body(OFFER).send().expect(201);

    api.call(ACME, OperationIds.GET_LOAN_PARAMS).query("lead_id", "L1").send().expect(200);
    api.call(ACME, OperationIds.GET_LOAN_PARAMS)
        .query("lead_id", "L1")
        .query("program_id", "other")
        .send()
        .expectError(404, "NOT_FOUND");
  }

  @Test
  void updateTakesNumbersWrittenAsStringsAndAnswersAnEmptyObject() {
    api.call(ACME, OperationIds.INITIATE_LOAN_PARAMS).body(OFFER).send().expect(201);

    Exchange updated =
        api.call(ACME, OperationIds.UPDATE_LOAN_PARAMS)
            .body(
                "{\"lead_id\": \"L1\", \"program_id\": \"P1\", \"line_detail\":"
                    + " {\"approved_line_amount\": \"600000\"}, \"loan_data\": {\"emi_count\":"
                    + " \"18\", \"flat_roi_value\": \"13.5\", \"pf_value\": \"1.5\","
                    + " \"pf_value_type\": \"percentage\"}}")
            .send()
            .expect(200);

    assertEquals("{}", updated.text());
    JsonNode params =
        api.call(ACME, OperationIds.GET_LOAN_PARAMS)
            .query("lead_id", "L1")
            .send()
            .expect(200)
            .body();
    assertEquals(18, params.path("emi_count").asInt());
    assertEquals(0, params.at("/roi_value/0/value").decimalValue().compareTo(rupees("13.5")));
    assertEquals(0, params.path("pf_value").decimalValue().compareTo(rupees("1.5")));
    assertEquals(0, params.path("approved_line_amount").decimalValue().compareTo(rupees("600000")));
  }

  @Test
  void aStringThatIsNoNumberIsA400AtItsPointerAndEveryOneIsNamed() {
    api.call(ACME, OperationIds.INITIATE_LOAN_PARAMS).body(OFFER).send().expect(201);

    Exchange refused =
        api.call(ACME, OperationIds.UPDATE_LOAN_PARAMS)
            .body(
                "{\"lead_id\": \"L1\", \"program_id\": \"P1\", \"line_detail\":"
                    + " {\"approved_line_amount\": \"${STORE.requirement.loan_amount}\"},"
                    + " \"loan_data\": {\"emi_count\": \"12.5\", \"flat_roi_value\": \"14\","
                    + " \"pf_value\": \"2\", \"pf_value_type\": \"percentage\"}}")
            .send()
            .expectError(400, "VALIDATION_FAILED");

    assertEquals("/line_detail/approved_line_amount", refused.text("/errors/0/field"));
    assertEquals("/loan_data/emi_count", refused.text("/errors/1/field"));
    assertEquals("body", refused.text("/errors/0/in"));
  }

  @Test
  void updatingAnUnknownLeadIsA404() {
    api.call(ACME, OperationIds.UPDATE_LOAN_PARAMS)
        .body(
            "{\"lead_id\": \"nobody\", \"program_id\": \"P1\", \"line_detail\":"
                + " {\"approved_line_amount\": 500000}, \"loan_data\": {\"emi_count\": 12,"
                + " \"flat_roi_value\": 14, \"pf_value\": 2, \"pf_value_type\": \"percentage\"}}")
        .send()
        .expectError(404, "NOT_FOUND");
  }
}
