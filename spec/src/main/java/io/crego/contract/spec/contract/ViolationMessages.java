package io.crego.contract.spec.contract;

import io.crego.contract.spec.Violation;

/** Turns a schema violation into the short message an {@code ErrorDetail} carries. */
final class ViolationMessages {

  private ViolationMessages() {}

  static String of(Violation violation) {
    return switch (violation.keyword()) {
      case "required" -> "is required";
      case "type" ->
          "must be "
              + article(violation.expected())
              + " "
              + violation.expected()
              + ", got "
              + violation.actual();
      case "enum" -> "must be one of " + violation.expected() + ", got " + violation.actual();
      case "format" -> "must be a valid " + violation.expected() + ", got " + violation.actual();
      case "additionalProperties" -> "is not allowed";
      case "minimum" -> bound("at least", violation);
      case "exclusiveMinimum" -> bound("greater than", violation);
      case "maximum" -> bound("at most", violation);
      case "exclusiveMaximum" -> bound("less than", violation);
      default -> withoutPointer(violation);
    };
  }

  private static String bound(String relation, Violation violation) {
    return "must be " + relation + " " + violation.expected() + ", got " + violation.actual();
  }

  private static String article(String noun) {
    return !noun.isEmpty() && "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  /** networknt prefixes its messages with the instance location; the field already says it. */
  private static String withoutPointer(Violation violation) {
    String message = violation.message();
    String prefix = violation.instancePointer() + ": ";
    if (message.startsWith(prefix)) {
      return message.substring(prefix.length());
    }
    int colon = message.indexOf(": ");
    boolean located = message.startsWith("/") || message.startsWith("$");
    return located && colon >= 0 ? message.substring(colon + 2) : message;
  }
}
