package io.crego.contract.conformance.data;

import io.crego.contract.spec.OperationIds;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The resources the suite creates and follows. The spec names them by schema and path; what it does
 * not say is which body field refers to which resource and how to read one back, so that is kept
 * here, once.
 */
public enum ResourceKind {
  ACCOUNT(
      "Account",
      "accounts",
      Set.of("account", "account_id"),
      OperationIds.GET_ACCOUNT_SUMMARY,
      false),
  LOAN(
      "Loan",
      "loans",
      Set.of("loan", "loan_id", "loan_ids", "loans", "cashback_loan", "holdback_loan"),
      OperationIds.LIST_LOANS,
      true),
  PAYOUT(
      "Payout",
      "payouts",
      Set.of("payout", "payout_id", "payout_ids"),
      OperationIds.LIST_PAYOUTS,
      true),
  RECORD("Record", "records", Set.of("record", "record_ids"), OperationIds.GET_RECORD, false),
  TOPUP("Topup", "topups", Set.of("topup", "topup_ids"), OperationIds.LIST_TOPUPS, true),
  TOPUP_GROUP(
      "TopupGroup",
      "topup_groups",
      Set.of("topup_group", "topup_group_id"),
      OperationIds.LIST_TOPUP_GROUPS,
      true),
  FEE("Fee", "fees", Set.of("fee"), OperationIds.GET_FEE, false),
  LINE_DETAIL("LineDetail", "line_details", Set.of(), OperationIds.RETRIEVE_LINE_DETAIL, false),
  LOAN_DATA("LoanData", "loan_data", Set.of(), OperationIds.RETRIEVE_LOAN_DATA, false);

  private final String schema;
  private final String collection;
  private final Set<String> fields;
  private final String readOperation;
  private final boolean readFromList;

  ResourceKind(
      String schema,
      String collection,
      Set<String> fields,
      String readOperation,
      boolean readFromList) {
    this.schema = schema;
    this.collection = collection;
    this.fields = fields;
    this.readOperation = readOperation;
    this.readFromList = readFromList;
  }

  /** The component schema, e.g. {@code Record}. */
  public String schema() {
    return schema;
  }

  public String schemaPointer() {
    return "#/components/schemas/" + schema;
  }

  /** The body and response fields that hold this resource's id. */
  public Set<String> fields() {
    return fields;
  }

  /** The operation that reads it back: by id, or a list filtered by account. */
  public String readOperation() {
    return readOperation;
  }

  public boolean readFromList() {
    return readFromList;
  }

  /** The resource a path's {@code {id}} names: {@code /v1/lms/records/{id}/…} is a record. */
  public static Optional<ResourceKind> ofPath(String template) {
    if (!template.contains("{id}")) {
      return Optional.empty();
    }
    String[] segments = template.split("/");
    for (int i = 1; i < segments.length; i++) {
      if (segments[i].equals("{id}")) {
        String collection = segments[i - 1];
        return Arrays.stream(values()).filter(k -> k.collection.equals(collection)).findFirst();
      }
    }
    return Optional.empty();
  }

  public static Optional<ResourceKind> ofField(String field) {
    return Arrays.stream(values()).filter(k -> k.fields.contains(field)).findFirst();
  }

  public static Optional<ResourceKind> ofSchema(String schemaName) {
    return Arrays.stream(values()).filter(k -> k.schema.equals(schemaName)).findFirst();
  }
}
