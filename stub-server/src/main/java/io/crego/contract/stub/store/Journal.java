package io.crego.contract.stub.store;

import java.util.List;
import java.util.Map;

/**
 * Where a store makes its writes durable. Every method returns only once the change is durable, and
 * either all of it is or none; when it throws, nothing changed.
 */
interface Journal extends AutoCloseable {

  /** A journal that keeps nothing: the in-memory store's. */
  Journal NONE =
      new Journal() {
        @Override
        public Map<String, CompanySnapshot> load() {
          return Map.of();
        }

        @Override
        public void commit(String companyId, List<Change> changes) {}

        @Override
        public void deleteCompany(String companyId) {}

        @Override
        public void replaceAll(Map<String, CompanySnapshot> state) {}

        @Override
        public void close() {}
      };

  /** Everything persisted, per company. */
  Map<String, CompanySnapshot> load();

  /** The changes of one unit of work, in one transaction. */
  void commit(String companyId, List<Change> changes);

  void deleteCompany(String companyId);

  /** Replaces everything with the given state, in one transaction. */
  void replaceAll(Map<String, CompanySnapshot> state);

  @Override
  void close();
}
