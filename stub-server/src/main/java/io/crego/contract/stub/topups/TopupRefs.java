package io.crego.contract.stub.topups;

import io.crego.contract.stub.ids.Sequences;
import io.crego.contract.stub.store.StoreTransaction;
import java.util.Locale;

/**
 * Topup references: {@code TOP} + 6 characters of [0-9A-Z], like the vendor's {@code TOP00A1B2}.
 * The company's n-th topup gets n multiplied by a constant coprime with 36⁶ (odd, no multiple of
 * 3): unique by construction, yet not visibly sequential.
 */
final class TopupRefs {

  /** The per-company counter, kept with the others in the {@code sequences} documents. */
  static final String SEQUENCE = "topups";

  private static final int WIDTH = 6;
  private static final long SPACE = 2_176_782_336L; // 36^6
  private static final long MULTIPLIER = 1_299_709L; // a prime, so coprime with 36^6

  private TopupRefs() {}

  static String next(StoreTransaction tx) {
    return of(Sequences.next(tx, SEQUENCE));
  }

  static String of(long n) {
    if (n < 1 || n >= SPACE) {
      throw new IllegalArgumentException("Topup number out of range: " + n);
    }
    String digits = Long.toString(Math.floorMod(n * MULTIPLIER, SPACE), 36);
    return "TOP" + "0".repeat(WIDTH - digits.length()) + digits.toUpperCase(Locale.ROOT);
  }
}
