package io.crego.contract.stub.records;

import io.crego.contract.stub.store.PostgresStore;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.TestPostgres;

/**
 * {@link RecordListingTest} on PostgreSQL ({@code CREGO_TEST_POSTGRES_URL}): every filter of Record
 * Listing read through its SQL queries (the index pages, the candidates with their texts).
 */
class PostgresRecordListingTest extends RecordListingTest {

  @Override
  Store openStore() {
    return new PostgresStore(TestPostgres.freshDatabase(), null, null);
  }
}
