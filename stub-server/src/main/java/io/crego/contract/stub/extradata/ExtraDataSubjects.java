package io.crego.contract.stub.extradata;

import io.crego.contract.spec.model.EntityType;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.Kind;

/** The stored kind behind each {@code entity_type} that extra data can be attached to. */
final class ExtraDataSubjects {

  private ExtraDataSubjects() {}

  /** Exhaustive over the generated enum: a type added to the spec stops the build here. */
  static Kind<?> kindOf(EntityType type) {
    return switch (type) {
      case ACCOUNT -> Kinds.ACCOUNTS;
      case LOAN -> Kinds.LOANS;
      case RECORD -> Kinds.RECORDS;
      case PAYOUT -> Kinds.PAYOUTS;
      case TOPUP -> Kinds.TOPUPS;
    };
  }
}
