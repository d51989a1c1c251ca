package io.crego.contract.spec.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Turns the text of a path or query parameter into the JSON value its schema types, so that the
 * schema validator can judge it. A text that cannot be that type is refused here, with the message
 * the caller sees.
 */
final class ParameterCoercion {

  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** The value as JSON, or the reason it is not of the type. */
  record Result(JsonNode value, String problem) {
    static Result ok(JsonNode value) {
      return new Result(value, null);
    }

    static Result refused(String problem) {
      return new Result(null, problem);
    }
  }

  private ParameterCoercion() {}

  /**
   * @param schema the parameter's schema, {@code $ref}s resolved; an {@code integer} without {@code
   *     format: int64} must fit 32 bits, as the generated models hold it in an {@code Integer}
   */
  static Result coerce(String text, JsonNode schema) {
    String type = schema.path("type").asText("string");
    return switch (type) {
      case "integer" -> integer(text, "int64".equals(schema.path("format").asText()));
      case "number" -> number(text);
      case "boolean" -> bool(text);
      default -> Result.ok(TextNode.valueOf(text));
    };
  }

  private static Result integer(String text, boolean wide) {
    BigInteger value;
    try {
      value = new BigInteger(text.trim());
    } catch (NumberFormatException e) {
      return Result.refused("must be an integer, got " + quoted(text));
    }
    BigInteger min = wide ? LONG_MIN : INT_MIN;
    BigInteger max = wide ? LONG_MAX : INT_MAX;
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      return Result.refused("is out of range, got " + quoted(text));
    }
    return Result.ok(LongNode.valueOf(value.longValue()));
  }

  private static Result number(String text) {
    BigDecimal value;
    try {
      value = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return Result.refused("must be a number, got " + quoted(text));
    }
    if (!NumberRange.fitsDouble(value)) {
      return Result.refused("is out of range, got " + quoted(text));
    }
    return Result.ok(DecimalNode.valueOf(value));
  }

  private static Result bool(String text) {
    return switch (text) {
      case "true" -> Result.ok(BooleanNode.TRUE);
      case "false" -> Result.ok(BooleanNode.FALSE);
      default -> Result.refused("must be true or false, got " + quoted(text));
    };
  }

  private static String quoted(String text) {
    String shown = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return TextNode.valueOf(shown).toString();
  }
}
