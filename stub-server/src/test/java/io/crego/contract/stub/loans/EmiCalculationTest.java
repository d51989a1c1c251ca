package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.core.Json;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Calculate EMI and Get Emi Amount answer as the spec's examples say. */
class EmiCalculationTest extends LoansTestBase {

  @Test
  void calculateEmiReproducesTheSpecsExampleExactly() {
    JsonNode request =
        CregoSpec.get()
            .raw()
            .at(
                "/paths/~1v1~1lms~1emis~1calculate_emi~1/post/requestBody/content/application~1json/example");
    JsonNode example = CregoSpec.get().raw().at("/components/examples/EmiCalculation/value");
    // the example's schedule starts on 17 June 2024, the first EMI due on 17 July
    setBusinessDate(START);

    JsonNode answer =
        api.call(ACME, OperationIds.CALCULATE_EMI)
            .body(Json.write(request))
            .send()
            .expect(200)
            .body();

    assertNumericallyEqual(example, answer, "");
  }

  @Test
  void aStartDateInTheRequestWinsOverTheBusinessDate() {
    setBusinessDate(START.plusYears(1));

    JsonNode answer =
        api.call(ACME, OperationIds.CALCULATE_EMI)
            .body(
                "{\"principal\": 100000, \"roi_value\": 12, \"emi_count\": 3,"
                    + " \"start_date\": 1718562600}")
            .send()
            .expect(200)
            .body();

    assertEquals(1721240999.999999, answer.at("/schedule/0/due_date").asDouble(), 1e-6);
  }

  @Test
  void getEmiAmountIsTheLoansInstalmentFromItsTerms() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = disburse(account, "100000").expect(201).text("/loan/id");

    JsonNode amount =
        api.call(ACME, OperationIds.GET_EMI_AMOUNT).id(loan).send().expect(200).body();

    assertEquals(0, amount.path("emi_amount").decimalValue().compareTo(rupees("34002")));
    assertEquals(3, amount.path("emi_count").asInt());
  }

  /** Same fields, numbers compared by value ({@code 100000.0} is {@code 100000.00}). */
  private static void assertNumericallyEqual(JsonNode expected, JsonNode actual, String at) {
    if (expected.isNumber()) {
      assertEquals(0, expected.decimalValue().compareTo(actual.decimalValue()), at + ": " + actual);
    } else if (expected.isObject()) {
      assertEquals(expected.size(), actual.size(), at + " fields: " + actual);
      Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        assertNumericallyEqual(
            field.getValue(), actual.path(field.getKey()), at + "/" + field.getKey());
      }
    } else if (expected.isArray()) {
      assertEquals(expected.size(), actual.size(), at);
      for (int i = 0; i < expected.size(); i++) {
        assertNumericallyEqual(expected.get(i), actual.get(i), at + "/" + i);
      }
    } else {
      assertEquals(expected, actual, at);
    }
  }
}
