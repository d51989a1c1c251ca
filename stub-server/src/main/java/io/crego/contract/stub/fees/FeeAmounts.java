package io.crego.contract.stub.fees;

import io.crego.contract.stub.lending.Rupees;
import java.math.BigDecimal;

/**
 * What a fee charges: its amount, GST on it at {@code gstPercentage} ({@code amount × gst% / 100}
 * to the paisa, half up) and the total the loan owes ({@code amount + gst}), all in rupees.
 */
record FeeAmounts(BigDecimal amount, BigDecimal gstPercentage, BigDecimal gst, BigDecimal total) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static FeeAmounts of(BigDecimal amount, BigDecimal gstPercentage) {
    BigDecimal base = Rupees.of(amount);
    // one rounding, of the exact product: 333.33 at 18% is 59.9994 → 60.00
    BigDecimal gst = Rupees.of(base.multiply(gstPercentage).divide(HUNDRED));
    return new FeeAmounts(base, gstPercentage, gst, Rupees.add(base, gst));
  }
}
