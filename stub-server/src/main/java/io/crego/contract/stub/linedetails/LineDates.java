package io.crego.contract.stub.linedetails;

import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import java.math.BigDecimal;

/** The one rule between a line's dates: it does not end before it starts. */
final class LineDates {

  private LineDates() {}

  /**
   * @throws ApiException 400 pointing at {@code /end_date} when {@code end} is before {@code
   *     start}; either may be null (open)
   */
  static void requireEndNotBeforeStart(BigDecimal start, BigDecimal end) {
    if (start != null && end != null && end.compareTo(start) < 0) {
      throw ApiException.invalid(
          ErrorDetails.body(
              "/end_date", "is before the line's start_date " + start.toPlainString()));
    }
  }
}
