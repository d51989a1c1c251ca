package io.crego.contract.spec.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a request the contract speaks of, whatever HTTP library carried it.
 *
 * @param path the concrete path, e.g. {@code /v1/lms/records/2b28…/}
 * @param pathParams the path parameters by name, as the route matched them
 * @param query every value of each query parameter, in the order sent
 * @param bodySent whether the request carried a body
 * @param body the body as JSON; missing when none was sent, or when it could not be read as JSON
 *     (the caller reports that: it is a matter of transport, before the contract)
 */
public record InteractionRequest(
    String path,
    Map<String, String> pathParams,
    Map<String, List<String>> query,
    boolean bodySent,
    JsonNode body) {

  public InteractionRequest {
    pathParams = Map.copyOf(pathParams);
    query = Map.copyOf(query);
    body = body == null ? MissingNode.getInstance() : body;
  }

  /** A request known only by its path and single-valued query: what a response check needs. */
  public static InteractionRequest of(String path, Map<String, String> query) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    query.forEach((name, value) -> values.put(name, List.of(value)));
    return new InteractionRequest(path, Map.of(), values, false, null);
  }
}
