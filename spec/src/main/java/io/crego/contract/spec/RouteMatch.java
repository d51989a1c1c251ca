package io.crego.contract.spec;

import java.util.Map;

/**
 * The operation a concrete request path resolves to.
 *
 * @param operation the matched operation
 * @param pathParams the values of the template's {@code {param}} segments, by name
 */
public record RouteMatch(SpecOperation operation, Map<String, String> pathParams) {

  public RouteMatch {
    pathParams = Map.copyOf(pathParams);
  }
}
