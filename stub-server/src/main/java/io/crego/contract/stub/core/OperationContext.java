package io.crego.contract.stub.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiRequest;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a handler gets for one call.
 *
 * @param operation the spec operation matched
 * @param request the raw request
 * @param pathParams path parameters by name (already valid against the spec)
 * @param body the parsed JSON body (already valid against the spec), or a missing node when none
 * @param tenant the caller's company and user (for an open operation without a token: the default
 *     company)
 * @param now the current time as epoch seconds (wall clock; the business date is the clock's
 *     concern)
 */
public record OperationContext(
    SpecOperation operation,
    ApiRequest request,
    Map<String, String> pathParams,
    JsonNode body,
    Tenant tenant,
    double now) {

  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalStateException(operation.operationId() + " has no path parameter " + name);
    }
    return value;
  }

  public Optional<String> query(String name) {
    return request.queryParam(name);
  }

  public String companyId() {
    return tenant.companyId();
  }
}
