package io.crego.contract.stub.core;

import io.crego.contract.stub.api.ApiRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Prefer: code=404}, as Prism reads it: the caller asks for the operation's declared
 * response with that status, straight from the spec's example.
 */
final class PreferHeader {

  private static final Pattern CODE = Pattern.compile("(?:^|[\\s,;])code\\s*=\\s*\"?(\\d{3})\"?");

  private PreferHeader() {}

  static Optional<Integer> code(ApiRequest request) {
    return request
        .header("prefer")
        .map(CODE::matcher)
        .filter(Matcher::find)
        .map(m -> Integer.parseInt(m.group(1)));
  }
}
