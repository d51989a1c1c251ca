package io.crego.contract.stub.core;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The 404 for a request no operation serves, naming the routes the caller most likely meant. */
final class RouteHints {

  private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

  private static final int MAX_COMPARED_LENGTH = 300;
  private static final int MAX_SUGGESTIONS = 3;

  private final CregoSpec spec;

  RouteHints(CregoSpec spec) {
    this.spec = spec;
  }

  ApiException notFound(String method, String path) {
    List<String> nearest = nearest(method, path);
    String hint =
        nearest.isEmpty()
            ? "See /openapi.yaml for the operations this API serves."
            : "Did you mean " + String.join(" or ", nearest) + "?";
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("hint", hint);
    details.put("nearest", nearest);
    return new ApiException(
        404,
        ErrorCode.ROUTE_NOT_FOUND,
        "No operation serves " + method + " " + shorten(path) + ".",
        List.of(),
        details);
  }

  private List<String> nearest(String method, String path) {
    List<String> sameRoute = new ArrayList<>();
    for (String other : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
      if (!other.equals(method)) {
        spec.match(other, path).ifPresent(m -> sameRoute.add(route(m.operation())));
      }
    }
    if (!sameRoute.isEmpty()) {
      return sameRoute;
    }
    String toggled = path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
    var slash = spec.match(method, toggled);
    if (slash.isPresent()) {
      return List.of(route(slash.get().operation()));
    }
    return closest(method, path);
  }

  private List<String> closest(String method, String path) {
    String wanted = method + " " + shorten(path);
    record Scored(String route, int distance) {}
    List<Scored> scored =
        spec.operations().stream()
            .map(op -> new Scored(route(op), EDITS.apply(wanted, rendered(op, path))))
            .sorted(Comparator.comparingInt(Scored::distance))
            .toList();
    int best = scored.get(0).distance();
    if (best > wanted.length() / 2 + 2) {
      return List.of(); // nothing is close: better no hint than a random one
    }
    return scored.stream()
        .filter(s -> s.distance() <= best)
        .limit(MAX_SUGGESTIONS)
        .map(Scored::route)
        .toList();
  }

  /** The operation's route with its parameters filled from the request where segments line up. */
  private static String rendered(SpecOperation op, String path) {
    String[] template = op.pathTemplate().split("/", -1);
    String[] actual = path.split("/", -1);
    if (template.length == actual.length) {
      for (int i = 0; i < template.length; i++) {
        if (template[i].startsWith("{")) {
          template[i] = actual[i];
        }
      }
    }
    return op.method() + " " + shorten(String.join("/", template));
  }

  private static String route(SpecOperation op) {
    return op.method() + " " + op.pathTemplate();
  }

  private static String shorten(String text) {
    return text.length() > MAX_COMPARED_LENGTH ? text.substring(0, MAX_COMPARED_LENGTH) : text;
  }
}
