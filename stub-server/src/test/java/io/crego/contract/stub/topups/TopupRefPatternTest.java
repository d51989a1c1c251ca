package io.crego.contract.stub.topups;

import io.crego.contract.stub.ids.RefIdPatterns;
import org.junit.jupiter.api.Test;

/** Every topup reference the stub makes matches the pattern the spec gives {@code Topup.ref_id}. */
class TopupRefPatternTest {

  @Test
  void everyTopupRefMatchesTheSpecsPattern() {
    RefIdPatterns.checkEvery("Topup", TopupRefs::of, 2_176_782_335L); // 36^6 - 1
  }
}
