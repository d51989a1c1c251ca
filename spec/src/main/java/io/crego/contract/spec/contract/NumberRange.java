package io.crego.contract.spec.contract;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.SchemaValidator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Numbers JSON can spell but no handler can hold: integers beyond 64 bits and decimals beyond a
 * double's range. They are refused before the {@link SchemaValidator} or a handler does arithmetic
 * on them.
 */
public final class NumberRange {

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private NumberRange() {}

  static boolean fitsDouble(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    // decimal digits before the point; checked first so that 1e999999999 costs nothing
    long magnitude = (long) value.precision() - value.scale();
    return magnitude <= 310 && magnitude >= -320 && Double.isFinite(value.doubleValue());
  }

  /**
   * Adds the pointer of every number of the tree that is out of range. The path to each node is
   * kept as its steps (field names and indexes), and made a pointer only for a number found out of
   * range: a valid body, which is nearly every body, costs no pointer at all.
   */
  static void outOfRange(JsonNode node, JsonPointer pointer, List<JsonPointer> found) {
    outOfRange(node, pointer, new ArrayDeque<>(), found);
  }

  private static void outOfRange(
      JsonNode node, JsonPointer base, Deque<Object> steps, List<JsonPointer> found) {
    if (node.isNumber()) {
      boolean fits =
          node.isBigInteger()
              ? node.bigIntegerValue().compareTo(LONG_MIN) >= 0
                  && node.bigIntegerValue().compareTo(LONG_MAX) <= 0
              : !node.isBigDecimal() || fitsDouble(node.decimalValue());
      if (!fits) {
        found.add(pointerOf(base, steps));
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        steps.addLast(field.getKey());
        outOfRange(field.getValue(), base, steps, found);
        steps.removeLast();
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        steps.addLast(i);
        outOfRange(node.get(i), base, steps, found);
        steps.removeLast();
      }
    }
  }

  private static JsonPointer pointerOf(JsonPointer base, Deque<Object> steps) {
    JsonPointer pointer = base;
    for (Object step : steps) {
      pointer =
          step instanceof Integer index
              ? pointer.appendIndex(index)
              : pointer.appendProperty((String) step);
    }
    return pointer;
  }

  /** Whether every number of the tree fits a Java int (the narrowest field of any model). */
  public static boolean allFitAnInt(JsonNode node) {
    if (node.isNumber()) {
      return node.canConvertToInt();
    }
    for (JsonNode child : node) { // the values of an object or the items of an array
      if (!allFitAnInt(child)) {
        return false;
      }
    }
    return true;
  }
}
