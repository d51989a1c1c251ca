package io.crego.contract.stub.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crego.contract.stub.clock.Timestamps;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RupeesAndTimestampsTest {

  @Test
  void rupeesAreExactToThePaisaHalfUp() {
    assertEquals(new BigDecimal("0.30"), Rupees.add(new BigDecimal("0.1"), new BigDecimal("0.2")));
    assertEquals(new BigDecimal("100.01"), Rupees.of("100.005"));
    assertEquals(new BigDecimal("100.00"), Rupees.of("100.004"));
    assertEquals(new BigDecimal("0.00"), Rupees.orZero(null));
  }

  @Test
  void timestampsAreEpochSecondsToTheMicrosecond() {
    assertEquals("1718610125.951189", Timestamps.of(1718610125.9511886).toPlainString());
    assertEquals("1700000000", Timestamps.of(1.7e9).toString()); // no exponent
    BigDecimal previous = new BigDecimal("1718610125.5");
    assertEquals(new BigDecimal("1718610125.500001"), Timestamps.touch(previous, 1718610125.5));
    assertEquals(new BigDecimal("1718610126"), Timestamps.touch(previous, 1718610126.0));
  }
}
