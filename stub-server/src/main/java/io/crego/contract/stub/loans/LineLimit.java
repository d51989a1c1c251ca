package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.lending.Rupees;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one refusal of money beyond an account's line, for loans and topups alike. */
public final class LineLimit {

  private LineLimit() {}

  /**
   * @param pointer the body field that asked for the amount
   * @throws ApiException 409 {@code LIMIT_EXCEEDED} when {@code amount} is more than the account's
   *     line has available, with the line's figures in its details
   */
  public static void requireAvailable(Account account, BigDecimal amount, String pointer) {
    BigDecimal available = Rupees.orZero(account.getAvailableLineAmount());
    if (Rupees.exceeds(amount, available)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("account", account.getId().toString());
      details.put("requested_amount", Rupees.of(amount));
      details.put("available_line_amount", available);
      details.put("approved_line_amount", Rupees.orZero(account.getApprovedLineAmount()));
      throw new ApiException(
          409,
          ErrorCode.LIMIT_EXCEEDED,
          "The amount "
              + Rupees.of(amount).toPlainString()
              + " is more than the line's available "
              + available.toPlainString()
              + ".",
          List.of(ErrorDetails.body(pointer, "is more than the line's available amount")),
          details);
    }
  }
}
