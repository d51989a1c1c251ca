package io.crego.contract.conformance.suite;

import io.crego.contract.conformance.data.References;
import io.crego.contract.conformance.data.ResourceKind;
import java.util.UUID;

/** References to nothing: fresh random ids, for calls that must fail before any lookup. */
final class UnknownReferences implements References {

  @Override
  public String id(ResourceKind kind) {
    return UUID.randomUUID().toString();
  }

  @Override
  public String lead() {
    return "unknown-lead-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
