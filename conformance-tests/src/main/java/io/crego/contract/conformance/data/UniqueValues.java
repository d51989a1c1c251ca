package io.crego.contract.conformance.data;

import java.security.SecureRandom;
import java.util.Set;

/**
 * Fresh values for the fields the spec makes unique, so the suite's own data never collides with
 * itself or with what the target already holds.
 */
final class UniqueValues {

  /** Fields whose values must be unique in a company (the spec's 409 DUPLICATE_* rules). */
  static final Set<String> UNIQUE_FIELDS = Set.of("utr", "payment_reference_no");

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".toCharArray();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private UniqueValues() {}

  static String forField(String field) {
    return switch (field) {
      case "utr" -> "CNF" + random(ALPHANUMERIC, 13);
      case "payment_reference_no" -> "PRN-CNF-" + random(ALPHANUMERIC, 10);
      default -> "cnf-" + random(ALPHANUMERIC, 10);
    };
  }

  /** A lead id shaped like the platform's (24 hex digits). */
  static String lead() {
    return random(HEX, 24);
  }

  private static String random(char[] alphabet, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = alphabet[RANDOM.nextInt(alphabet.length)];
    }
    return new String(chars);
  }
}
