package io.crego.contract.stub.core;

import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiRequest;

/** Decides who is calling an operation, by the spec's security of that operation. */
@FunctionalInterface
public interface Authentication {

  /**
   * The caller's company and user.
   *
   * @throws io.crego.contract.stub.api.ApiException 401 when the operation needs credentials the
   *     request does not carry, or carries credentials that are unknown or expired
   */
  Tenant authenticate(SpecOperation operation, ApiRequest request);
}
