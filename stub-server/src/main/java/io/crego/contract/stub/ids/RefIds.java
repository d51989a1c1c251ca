package io.crego.contract.stub.ids;

import java.util.Locale;
import java.util.UUID;

/**
 * Ids and human references. Ids are random UUIDs, so two companies never share one. References are
 * derived from a per-company sequence number through a fixed permutation of the code space: unique
 * within the company by construction (no retry loop, no lookup), yet not visibly sequential, like
 * the vendor's {@code REC00QYE}.
 */
public final class RefIds {

  private static final int RADIX = 36;
  private static final long RECORD_SPACE = pow(RADIX, 5);
  private static final long ACCOUNT_SPACE = pow(RADIX, 6);

  private RefIds() {}

  public static UUID newId() {
    return UUID.randomUUID();
  }

  /** {@code REC} + 5 characters of [0-9A-Z], for the n-th record of a company (n ≥ 1). */
  public static String record(long n) {
    return "REC" + code(n, RECORD_SPACE, 5, 11);
  }

  /** {@code CL} + 6 characters of [0-9A-Z], for the n-th account of a company. */
  public static String account(long n) {
    return "CL" + code(n, ACCOUNT_SPACE, 6, 23);
  }

  /** {@code LN} + 6 characters of [0-9A-Z], for the n-th loan of a company. */
  public static String loan(long n) {
    return "LN" + code(n, ACCOUNT_SPACE, 6, 37);
  }

  /** {@code PAY} + the payout number on 7 digits, as the vendor's {@code PAY0004211}. */
  public static String payout(long n) {
    return String.format(Locale.ROOT, "PAY%07d", n);
  }

  private static String code(long n, long space, int width, long salt) {
    if (n < 1 || n >= space) {
      throw new IllegalArgumentException("Reference number out of range: " + n);
    }
    long mixed = Math.floorMod((n + salt) * coprimeNear(0.6180339887, space), space);
    mixed = Long.parseLong(new StringBuilder(digits(mixed, width)).reverse().toString(), RADIX);
    mixed = Math.floorMod(mixed * coprimeNear(0.7548776662, space), space);
    return digits(mixed, width).toUpperCase(Locale.ROOT);
  }

  /** A multiplier near {@code fraction} of the space, odd and no multiple of 3: coprime with 36. */
  private static long coprimeNear(double fraction, long space) {
    long multiplier = (long) (space * fraction);
    while (multiplier % 2 == 0 || multiplier % 3 == 0) {
      multiplier++;
    }
    return multiplier;
  }

  private static String digits(long value, int width) {
    String digits = Long.toString(value, RADIX);
    return "0".repeat(width - digits.length()) + digits;
  }

  private static long pow(int base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
  }
}
