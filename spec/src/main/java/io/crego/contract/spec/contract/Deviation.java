package io.crego.contract.spec.contract;

import java.util.regex.Pattern;

/**
 * A known way in which a target differs from the spec, with why and where it is tracked. Its
 * violations are reported as warnings, never hidden. Each match field may use {@code *} for any
 * text; an absent field matches everything.
 *
 * @param id stable name, e.g. {@code PREPROD-12}
 * @param operationId which operation, or null for all
 * @param pointer which JSON pointer in the answer (e.g. {@code /results/*}{@code /utr}), or null
 * @param keyword which rule or schema keyword (e.g. {@code type}, {@code
 *     response.status.undeclared}), or null
 * @param reason why the target differs
 * @param link where it is tracked
 */
public record Deviation(
    String id, String operationId, String pointer, String keyword, String reason, String link) {

  /** Whether this deviation explains the violation of an exchange with the operation. */
  public boolean matches(String violatedOperationId, RuleViolation v) {
    return glob(operationId, violatedOperationId)
        && glob(pointer, v.pointer())
        && (keyword == null
            || glob(keyword, v.rule())
            || glob(keyword, v.rule().substring(v.rule().lastIndexOf('.') + 1)));
  }

  private static boolean glob(String pattern, String value) {
    if (pattern == null) {
      return true;
    }
    String regex = Pattern.quote(pattern).replace("*", "\\E.*\\Q");
    return value != null && value.matches(regex);
  }
}
