package io.crego.contract.stub.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A request that passed the spec's checks.
 *
 * @param pathParams path parameters by name
 * @param body the parsed JSON body, or a missing node when the operation takes none or none was
 *     sent to an optional body
 */
public record ValidRequest(Map<String, String> pathParams, JsonNode body) {}
