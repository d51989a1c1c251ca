package io.crego.contract.stub.accounts;

import io.crego.contract.spec.model.ErrorDetail;
import io.crego.contract.spec.model.FlexibleNumber;
import io.crego.contract.stub.api.ErrorDetails;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the spec's {@code FlexibleNumber} fields of the loan parameters, as the generated model
 * holds them: a JSON number, or a string holding a plain decimal number ({@code "13.5"}, as the
 * vendor's workflow templates render them). Anything else — a template left unrendered ({@code
 * "${STORE.amount}"}), {@code "1e3"}, a number out of the field's range — is one error at the
 * field's pointer; the caller collects them all.
 */
final class FlexibleNumbers {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private final List<ErrorDetail> errors;

  FlexibleNumbers(List<ErrorDetail> errors) {
    this.errors = errors;
  }

  /**
   * A decimal in [{@code min}, {@code max}] ({@code min} excluded when {@code minExclusive}).
   *
   * @param pointer where the value was sent, for the error
   */
  Optional<BigDecimal> decimal(
      FlexibleNumber field, String pointer, BigDecimal min, boolean minExclusive, BigDecimal max) {
    Optional<BigDecimal> value = read(field, pointer);
    if (value.isEmpty()) {
      return value;
    }
    int belowMin = value.get().compareTo(min);
    if (belowMin < 0 || (minExclusive && belowMin == 0) || value.get().compareTo(max) > 0) {
      errors.add(
          ErrorDetails.body(
              pointer,
              "must be "
                  + (minExclusive ? "more than " : "at least ")
                  + min.toPlainString()
                  + " and at most "
                  + max.toPlainString()
                  + ", got "
                  + value.get().toPlainString()));
      return Optional.empty();
    }
    return value;
  }

  /** A whole number in [{@code min}, {@code max}]. */
  Optional<Integer> whole(FlexibleNumber field, String pointer, int min, int max) {
    Optional<BigDecimal> value = read(field, pointer);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal number = value.get().stripTrailingZeros();
    if (number.scale() > 0
        || number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      errors.add(
          ErrorDetails.body(
              pointer,
              "must be a whole number from " + min + " to " + max + ", got " + value.get()));
      return Optional.empty();
    }
    return Optional.of(number.intValueExact());
  }

  private Optional<BigDecimal> read(FlexibleNumber field, String pointer) {
    if (field == null || field.getActualInstance() == null) {
      return Optional.empty();
    }
    if (field.getActualInstance() instanceof BigDecimal number) {
      return Optional.of(number);
    }
    String sent = field.getString();
    String text = sent.trim();
    if (!DECIMAL.matcher(text).matches()) {
      errors.add(ErrorDetails.body(pointer, "must be a decimal number, got \"" + sent + "\""));
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }
}
