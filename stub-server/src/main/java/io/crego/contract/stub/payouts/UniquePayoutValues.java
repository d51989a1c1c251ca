package io.crego.contract.stub.payouts;

import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.StoreView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The values no two payouts of a company may share: the client's {@code payment_reference_no} and
 * the bank's {@code utr}. Checked by scanning the company's payouts inside the unit of work that
 * writes the new value, so two concurrent requests cannot both claim one.
 */
final class UniquePayoutValues {

  private UniquePayoutValues() {}

  /**
   * @throws ApiException 409 {@code DUPLICATE_REFERENCE} when another payout has this reference
   */
  static void requireFreeReference(StoreView view, String reference, String pointer) {
    UUID owner = owner(view, reference, Payout::getPaymentReferenceNo, null);
    if (owner != null) {
      throw duplicate(
          ErrorCode.DUPLICATE_REFERENCE,
          "payment_reference_no",
          reference,
          owner,
          "Payment reference " + reference + " is already used by payout " + owner + ".",
          pointer);
    }
  }

  /**
   * @throws ApiException 409 {@code DUPLICATE_UTR} when a payout other than {@code self} has this
   *     UTR
   */
  static void requireFreeUtr(StoreView view, String utr, UUID self, String pointer) {
    UUID owner = owner(view, utr, Payout::getUtr, self);
    if (owner != null) {
      throw duplicate(
          ErrorCode.DUPLICATE_UTR,
          "utr",
          utr,
          owner,
          "UTR " + utr + " is already used by payout " + owner + ".",
          pointer);
    }
  }

  private static UUID owner(
      StoreView view, String value, Function<Payout, String> field, UUID self) {
    for (Payout payout : view.all(Kinds.PAYOUTS)) {
      if (Objects.equals(value, field.apply(payout)) && !payout.getId().equals(self)) {
        return payout.getId();
      }
    }
    return null;
  }

  private static ApiException duplicate(
      ErrorCode code, String field, String value, UUID owner, String message, String pointer) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put(field, value);
    details.put("payout", owner.toString());
    return new ApiException(
        409,
        code,
        message,
        List.of(ErrorDetails.body(pointer, "is already used by another payout")),
        details);
  }
}
