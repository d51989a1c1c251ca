package io.crego.contract.conformance.data;

/** Where a call's references come from: the ids to put in paths and bodies. */
public interface References {

  /** The id of a resource of this kind to refer to. */
  String id(ResourceKind kind);

  /** A lead that has loan parameters. */
  String lead();

  /**
   * The collection bank to name as {@code collection_bank_id}, or null to keep the spec example's
   * (calls that must fail before any lookup).
   */
  default String collectionBank() {
    return null;
  }
}
