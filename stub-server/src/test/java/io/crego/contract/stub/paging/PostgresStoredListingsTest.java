package io.crego.contract.stub.paging;

import io.crego.contract.stub.store.PostgresStore;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.TestPostgres;

/**
 * {@link StoredListingsTest} on PostgreSQL ({@code CREGO_TEST_POSTGRES_URL}), where the pages and
 * the candidates with their texts are SQL queries of their own.
 */
class PostgresStoredListingsTest extends StoredListingsTest {

  @Override
  Store openStore() {
    return new PostgresStore(TestPostgres.freshDatabase(), null, null);
  }
}
