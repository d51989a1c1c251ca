package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UuidFormatTest {

  /** The pattern networknt checks {@code format: uuid} with; the hand-written check must agree. */
  private static final Pattern VALIDATOR_PATTERN =
      Pattern.compile(
          "^\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}$");

  @Test
  void acceptsUuidsInEitherCase() {
    String uuid = UUID.randomUUID().toString();
    assertTrue(UuidFormat.isUuid(uuid));
    assertTrue(UuidFormat.isUuid(uuid.toUpperCase()));
    assertTrue(UuidFormat.isUuid("00000000-0000-0000-0000-000000000000"));
  }

  @Test
  void refusesNearMisses() {
    for (String value :
        List.of(
            "",
            "not-a-uuid",
            "0000000000000000000000000000000000000",
            "00000000-0000-0000-0000-00000000000",
            "00000000-0000-0000-0000-0000000000000",
            "00000000-0000-0000-0000-00000000000g",
            "00000000_0000-0000-0000-000000000000",
            "{0000000-0000-0000-0000-000000000000}",
            "00000000-0000-0000-0000-000000000000\n",
            "٠٠٠٠٠٠٠٠-0000-0000-0000-000000000000")) {
      assertFalse(UuidFormat.isUuid(value), value);
    }
  }

  @Test
  void agreesWithTheValidatorsPatternOnMutatedUuids() {
    Random random = new Random(7);
    String alphabet = "0123456789abcdefABCDEFgG-_ \n\u0660xyz";
    List<String> samples = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder value = new StringBuilder(UUID.randomUUID().toString());
      int edits = random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(value.length() + 1);
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> value.insert(at, c);
          case 1 -> value.deleteCharAt(Math.min(at, value.length() - 1));
          default -> value.setCharAt(Math.min(at, value.length() - 1), c);
        }
      }
      samples.add(value.toString());
    }
    int valid = 0;
    for (String sample : samples) {
      boolean expected = VALIDATOR_PATTERN.matcher(sample).matches();
      assertEquals(expected, UuidFormat.isUuid(sample), sample);
      valid += expected ? 1 : 0;
    }
    // Both outcomes must be well represented, or the agreement proves little.
    assertTrue(valid > 2_000 && valid < 18_000, "valid samples: " + valid);
  }
}
