package io.crego.contract.conformance.http;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each operation is sent. Most go to the API's base URL; the operations the spec gives their
 * own {@code servers} (Get Token and Refresh Token, documented on the newer platform) go to the
 * auth base URL, which is the API's unless {@code --auth-base-url} says otherwise.
 *
 * @param api the base URL of the API, without a trailing slash
 * @param auth the base URL of the operations with their own servers, without a trailing slash
 * @param ownServerOperations the operationIds the spec gives their own servers
 */
public record BaseUrls(String api, String auth, Set<String> ownServerOperations) {

  public BaseUrls {
    ownServerOperations = Set.copyOf(ownServerOperations);
  }

  /** Every operation at one base URL. */
  public static BaseUrls single(String url) {
    return new BaseUrls(url, url, Set.of());
  }

  /** The API's and the auth base URL, the operations with their own servers read from the spec. */
  public static BaseUrls of(CregoSpec spec, String api, String auth) {
    Set<String> own =
        spec.operations().stream()
            .filter(op -> spec.raw().at(op.pointer().substring(1) + "/servers").isArray())
            .map(SpecOperation::operationId)
            .collect(Collectors.toUnmodifiableSet());
    return new BaseUrls(api, auth, own);
  }

  /** The base URL the operation is sent to. */
  public String of(SpecOperation operation) {
    return ownServerOperations.contains(operation.operationId()) ? auth : api;
  }
}
