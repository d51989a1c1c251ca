package io.crego.contract.stub.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.contract.TypedParameters;
import java.util.Map;

/**
 * A request that passed the spec's checks, with what the checks made of it, so that no handler
 * parses it again.
 *
 * @param pathParams path parameters by name, as text
 * @param parameters the path and query values typed as their schemas say, by the contract engine
 * @param body the parsed JSON body, or a missing node when the operation takes none or none was
 *     sent to an optional body
 * @param bodyModel the body bound into the generated model its schema names, or null when there is
 *     no body, the schema names no model, or the model cannot hold the body
 */
public record ValidRequest(
    Map<String, String> pathParams, TypedParameters parameters, JsonNode body, Object bodyModel) {

  public ValidRequest {
    pathParams = Map.copyOf(pathParams);
  }
}
