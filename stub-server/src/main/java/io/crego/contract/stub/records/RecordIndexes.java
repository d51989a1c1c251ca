package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Record;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.Index;

/**
 * The lookups of records that must not read every record of a company: UTR uniqueness on each
 * create and transition, and the filters Record Listing is most often asked for: status, account,
 * type, and status with either of the other two (a key of both, so that such a page is read without
 * reading the account's or the type's other records). A store builds an index on its first lookup
 * only, so a listing nobody asks for costs a write nothing.
 */
final class RecordIndexes {

  static final Index<Record> BY_UTR = Index.on(Kinds.RECORDS, "utr", Record::getUtr);

  static final Index<Record> BY_STATUS = Index.on(Kinds.RECORDS, "status", RecordIndexes::status);

  static final Index<Record> BY_ACCOUNT =
      Index.on(Kinds.RECORDS, "account", RecordIndexes::account);

  static final Index<Record> BY_ACCOUNT_AND_STATUS =
      Index.on(
          Kinds.RECORDS, "account and status", record -> both(account(record), status(record)));

  static final Index<Record> BY_TYPE = Index.on(Kinds.RECORDS, "type", RecordIndexes::type);

  static final Index<Record> BY_TYPE_AND_STATUS =
      Index.on(Kinds.RECORDS, "type and status", record -> both(type(record), status(record)));

  private RecordIndexes() {}

  static String status(Record record) {
    return record.getStatus() == null ? null : record.getStatus().getValue();
  }

  static String account(Record record) {
    return record.getAccount() == null ? null : record.getAccount().toString();
  }

  static String type(Record record) {
    return record.getType() == null ? null : record.getType().getValue();
  }

  /** The key of two criteria; none when either is missing. */
  static String both(String first, String second) {
    return first == null || second == null ? null : first + " " + second;
  }
}
