package io.crego.contract.stub.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.CregoSpec;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every reference the stub makes matches the pattern the spec gives its {@code ref_id}. */
class RefIdPatternsTest {

  @ParameterizedTest
  @CsvSource({"Record, 60466176", "Account, 2176782336"}) // 36^5 and 36^6 references
  void everyGeneratedRefIdMatchesTheSpecsPattern(String schema, long space) {
    String regex =
        CregoSpec.get()
            .raw()
            .at("/components/schemas/" + schema + "/properties/ref_id/pattern")
            .asText();
    assertTrue(!regex.isEmpty(), schema + ".ref_id has no pattern");
    Pattern pattern = Pattern.compile(regex);
    LongFunction<String> refs = schema.equals("Record") ? RefIds::record : RefIds::account;
    // the first numbers, the last ones of the code space, and a spread in between
    for (long n = 1; n < space; n = n < 5000 ? n + 1 : n * 3 + 7) {
      check(pattern, refs.apply(n), schema);
    }
    check(pattern, refs.apply(space - 1), schema);
  }

  private static void check(Pattern pattern, String ref, String schema) {
    assertTrue(pattern.matcher(ref).matches(), schema + " ref " + ref + " breaks " + pattern);
  }
}
