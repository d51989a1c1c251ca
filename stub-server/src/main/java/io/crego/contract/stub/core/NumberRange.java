package io.crego.contract.stub.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.SchemaValidator;
import io.crego.contract.spec.model.ErrorDetail;
import io.crego.contract.stub.api.ErrorDetails;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Numbers JSON can spell but no handler can hold: integers beyond 64 bits and decimals beyond a
 * double's range. They are refused before the {@link SchemaValidator} or a handler does arithmetic
 * on them.
 */
final class NumberRange {

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

  /** Adds a body error for every number of the tree that is out of range. */
  static void check(JsonNode node, String pointer, List<ErrorDetail> errors) {
    if (node.isNumber()) {
      boolean fits =
          node.isBigInteger()
              ? node.bigIntegerValue().compareTo(LONG_MIN) >= 0
                  && node.bigIntegerValue().compareTo(LONG_MAX) <= 0
              : !node.isBigDecimal() || fitsDouble(node.decimalValue());
      if (!fits) {
        errors.add(ErrorDetails.body(pointer, "is out of range"));
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        check(field.getValue(), pointer + "/" + escape(field.getKey()), errors);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), pointer + "/" + i, errors);
      }
    }
  }

  /** Whether every number of the tree fits a Java int (the narrowest field of any model). */
  static boolean allFitAnInt(JsonNode node) {
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

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
