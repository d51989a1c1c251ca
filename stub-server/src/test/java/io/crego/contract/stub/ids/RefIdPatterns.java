package io.crego.contract.stub.ids;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.CregoSpec;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/** Checks a reference generator against the pattern the spec gives a schema's {@code ref_id}. */
public final class RefIdPatterns {

  private RefIdPatterns() {}

  /**
   * The {@code pattern} of {@code <schema>.ref_id} in the spec; the test fails when it has none.
   */
  public static Pattern of(String schema) {
    String regex =
        CregoSpec.get()
            .raw()
            .at("/components/schemas/" + schema + "/properties/ref_id/pattern")
            .asText();
    assertFalse(regex.isEmpty(), schema + ".ref_id has no pattern");
    return Pattern.compile(regex);
  }

  /**
   * The references for the first numbers, a spread up to {@code last} and {@code last} itself all
   * match the schema's pattern.
   */
  public static void checkEvery(String schema, LongFunction<String> refs, long last) {
    Pattern pattern = of(schema);
    for (long n = 1; n < last; n = n < 5000 ? n + 1 : n * 3 + 7) {
      check(pattern, refs.apply(n), schema);
    }
    check(pattern, refs.apply(last), schema);
  }

  private static void check(Pattern pattern, String ref, String schema) {
    assertTrue(pattern.matcher(ref).matches(), schema + " ref " + ref + " breaks " + pattern);
  }
}
