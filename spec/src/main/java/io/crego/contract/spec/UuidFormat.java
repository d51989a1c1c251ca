package io.crego.contract.spec;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;

/**
 * The {@code uuid} format, checked by hand: the same strings as the validator's own {@code
 * ^\p{XDigit}{8}-\p{XDigit}{4}-\p{XDigit}{4}-\p{XDigit}{4}-\p{XDigit}{12}$} pattern, without
 * running a regular expression. The spec has over a hundred uuid fields and a record carries
 * several, so this check runs on every id of every request and response the stub validates.
 */
final class UuidFormat implements Format {

  private static final int LENGTH = 36;

  @Override
  public String getName() {
    return "uuid";
  }

  @Override
  public String getMessageKey() {
    return "format.uuid";
  }

  @Override
  public boolean matches(ExecutionContext context, String value) {
    return isUuid(value);
  }

  static boolean isUuid(String value) {
    if (value.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = value.charAt(i);
      boolean hyphenPlace = i == 8 || i == 13 || i == 18 || i == 23;
      if (hyphenPlace ? c != '-' : !isHexDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
