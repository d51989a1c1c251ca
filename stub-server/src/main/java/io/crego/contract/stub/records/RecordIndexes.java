package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Record;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.Index;

/**
 * The lookups of records that must not read every record of a company: UTR uniqueness on each
 * create and transition, and the status a listing is most often filtered by.
 */
final class RecordIndexes {

  static final Index<Record> BY_UTR = Index.on(Kinds.RECORDS, "utr", Record::getUtr);

  static final Index<Record> BY_STATUS =
      Index.on(
          Kinds.RECORDS,
          "status",
          record -> record.getStatus() == null ? null : record.getStatus().getValue());

  private RecordIndexes() {}
}
