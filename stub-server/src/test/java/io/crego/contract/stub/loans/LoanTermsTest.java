package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crego.contract.spec.model.LoanParams;
import io.crego.contract.stub.core.Json;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Loan terms read from parameters shaped as the vendor's own loan-params fragment. */
class LoanTermsTest {

  /** The slabs of api-10694129: ends as strings ("15", "30") beside the integer -1. */
  private static final String SLABS =
      "[{\"days\": \"15\", \"value\": 18}, {\"days\": \"30\", \"value\": 24},"
          + " {\"days\": -1, \"value\": 36}]";

  private static LoanParams params(int emiCount) {
    return Json.read(
        "{\"days_in_month\": 30, \"days_in_year\": 360, \"roi_period\": \"years\","
            + " \"roi_value\": "
            + SLABS
            + ", \"overdue_roi_value\": "
            + SLABS
            + ", \"penal_roi_value\": [{\"days\": \"inf\", \"value\": 72}],"
            + " \"emi_frequency\": null, \"emi_count\": "
            + emiCount
            + "}",
        LoanParams.class);
  }

  @Test
  void aStringSlabEndCoversTenuresUpToIt() {
    LoanTerms oneMonth = LoanTerms.of(params(1)); // 30 days: past "15", within "30"

    assertEquals(0, new BigDecimal("24").compareTo(oneMonth.annualRatePercent()));
    assertEquals(0, new BigDecimal("24").compareTo(oneMonth.charges().overdueRatePercent()));
    assertEquals(0, new BigDecimal("72").compareTo(oneMonth.charges().penalRatePercent()));
  }

  @Test
  void noEmisSetMeansThePlatformsDefaultCount() {
    LoanTerms terms = LoanTerms.of(params(0)); // the fragment's emi_count 0

    assertEquals(ParamDefaults.EMI_COUNT, terms.emiCount());
    // 12 × 30 days is past "30": the open-ended -1 slab
    assertEquals(0, new BigDecimal("36").compareTo(terms.annualRatePercent()));
  }
}
