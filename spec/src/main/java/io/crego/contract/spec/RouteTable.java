package io.crego.contract.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Matches concrete request paths against the spec's path templates. Every call of the stub asks it,
 * so the templates are grouped by method and segment count, and each template knows which of its
 * segments are parameters, ahead of time.
 */
final class RouteTable {

  private record Route(SpecOperation operation, String[] segments, boolean[] params) {}

  /** "METHOD segment-count" → the routes of that shape. */
  private final Map<String, List<Route>> routesByShape;

  RouteTable(List<SpecOperation> operations) {
    this.routesByShape =
        operations.stream()
            .map(RouteTable::route)
            .collect(
                Collectors.groupingBy(
                    route -> shape(route.operation().method(), route.segments().length)));
  }

  Optional<RouteMatch> match(String method, String path) {
    int query = path.indexOf('?');
    String[] actual = segments(query < 0 ? path : path.substring(0, query));
    List<Route> candidates =
        routesByShape.getOrDefault(
            shape(method.toUpperCase(Locale.ROOT), actual.length), List.of());
    Route best = null;
    for (Route route : candidates) {
      if (matches(route, actual) && (best == null || moreSpecific(route, best))) {
        best = route;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < actual.length; i++) {
      if (best.params()[i]) {
        String name = best.segments()[i];
        params.put(name.substring(1, name.length() - 1), actual[i]);
      }
    }
    return Optional.of(new RouteMatch(best.operation(), params));
  }

  private static Route route(SpecOperation operation) {
    String[] segments = segments(operation.pathTemplate());
    boolean[] params = new boolean[segments.length];
    for (int i = 0; i < segments.length; i++) {
      params[i] = isParam(segments[i]);
    }
    return new Route(operation, segments, params);
  }

  private static String shape(String method, int segments) {
    return method + " " + segments;
  }

  /** Split keeping empty segments, so {@code /a/} and {@code /a} differ. */
  private static String[] segments(String path) {
    return path.split("/", -1);
  }

  /** Whether the path fits the template; the caller has checked that the lengths agree. */
  private static boolean matches(Route route, String[] actual) {
    for (int i = 0; i < actual.length; i++) {
      boolean ok = route.params()[i] ? !actual[i].isEmpty() : route.segments()[i].equals(actual[i]);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** At the first segment where they differ in kind, the literal one wins. */
  private static boolean moreSpecific(Route candidate, Route current) {
    for (int i = 0; i < candidate.params().length; i++) {
      if (candidate.params()[i] != current.params()[i]) {
        return !candidate.params()[i];
      }
    }
    return false;
  }

  private static boolean isParam(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }
}
