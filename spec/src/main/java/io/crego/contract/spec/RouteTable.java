package io.crego.contract.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Matches concrete request paths against the spec's path templates. */
final class RouteTable {

  private record Route(SpecOperation operation, String[] segments) {}

  private final List<Route> routes;

  RouteTable(List<SpecOperation> operations) {
    this.routes =
        operations.stream().map(op -> new Route(op, segments(op.pathTemplate()))).toList();
  }

  Optional<RouteMatch> match(String method, String path) {
    String wanted = method.toUpperCase(Locale.ROOT);
    int query = path.indexOf('?');
    String[] actual = segments(query < 0 ? path : path.substring(0, query));
    Route best = null;
    for (Route route : routes) {
      if (route.operation().method().equals(wanted)
          && matches(route.segments(), actual)
          && (best == null || moreSpecific(route.segments(), best.segments()))) {
        best = route;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < actual.length; i++) {
      if (isParam(best.segments()[i])) {
        String name = best.segments()[i];
        params.put(name.substring(1, name.length() - 1), actual[i]);
      }
    }
    return Optional.of(new RouteMatch(best.operation(), params));
  }

  /** Split keeping empty segments, so {@code /a/} and {@code /a} differ. */
  private static String[] segments(String path) {
    return path.split("/", -1);
  }

  private static boolean matches(String[] template, String[] actual) {
    if (template.length != actual.length) {
      return false;
    }
    for (int i = 0; i < template.length; i++) {
      boolean ok = isParam(template[i]) ? !actual[i].isEmpty() : template[i].equals(actual[i]);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** At the first segment where they differ in kind, the literal one wins. */
  private static boolean moreSpecific(String[] candidate, String[] current) {
    for (int i = 0; i < candidate.length; i++) {
      boolean candidateLiteral = !isParam(candidate[i]);
      if (candidateLiteral != !isParam(current[i])) {
        return candidateLiteral;
      }
    }
    return false;
  }

  private static boolean isParam(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }
}
