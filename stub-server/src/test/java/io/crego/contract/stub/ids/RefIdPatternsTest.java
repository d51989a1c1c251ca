package io.crego.contract.stub.ids;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every reference the stub makes matches the pattern the spec gives its {@code ref_id}. */
class RefIdPatternsTest {

  private static final Map<String, LongFunction<String>> GENERATORS =
      Map.of(
          "Record", RefIds::record,
          "Account", RefIds::account,
          "Loan", RefIds::loan,
          "Payout", RefIds::payout);

  /** The last number of each code space: 36^5, 36^6, 36^6 less one; a payout number has no end. */
  @ParameterizedTest
  @CsvSource({
    "Record, 60466175",
    "Account, 2176782335",
    "Loan, 2176782335",
    "Payout, 999999999999"
  })
  void everyGeneratedRefIdMatchesTheSpecsPattern(String schema, long last) {
    RefIdPatterns.checkEvery(schema, GENERATORS.get(schema), last);
  }

  /** The check can fail: a reference of another kind breaks the pattern. */
  @Test
  void aReferenceOfAnotherKindBreaksThePattern() {
    assertFalse(RefIdPatterns.of("Loan").matcher(RefIds.account(1)).matches());
    assertFalse(RefIdPatterns.of("Payout").matcher(RefIds.record(1)).matches());
  }
}
