package io.crego.contract.spec.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The path and query parameters of a request as the contract engine typed them: each text turned
 * into the JSON value its schema names ({@code "20"} into the number 20, {@code "true"} into true;
 * a string stays text). Only values that passed their checks are here, so a caller of a valid
 * request can read them without parsing the text again.
 *
 * @param path the value of each path parameter, by name
 * @param query every value of each query parameter, by name, in the order sent
 */
public record TypedParameters(Map<String, JsonNode> path, Map<String, List<JsonNode>> query) {

  /** What a response check reports: no parameters were typed. */
  public static final TypedParameters NONE = new TypedParameters(Map.of(), Map.of());

  public TypedParameters {
    path = Map.copyOf(path);
    Map<String, List<JsonNode>> copied = new LinkedHashMap<>();
    query.forEach((name, values) -> copied.put(name, List.copyOf(values)));
    query = Map.copyOf(copied);
  }

  /** The path parameter's value; empty when the path has none of that name. */
  public Optional<JsonNode> pathValue(String name) {
    return Optional.ofNullable(path.get(name));
  }

  /** Every value of the query parameter, in the order sent; empty when it was not sent. */
  public List<JsonNode> queryValues(String name) {
    return query.getOrDefault(name, List.of());
  }
}
