package io.crego.contract.stub.lending;

/** How interest is charged: on the reducing balance (amortised EMI) or flat on the principal. */
public enum InterestMethod {
  REDUCING,
  FLAT;

  /** From the spec's {@code InterestType} value ({@code reducing}, {@code flat}). */
  public static InterestMethod of(String value) {
    return switch (value) {
      case "reducing" -> REDUCING;
      case "flat" -> FLAT;
      default -> throw new IllegalArgumentException("Unknown interest type " + value);
    };
  }
}
