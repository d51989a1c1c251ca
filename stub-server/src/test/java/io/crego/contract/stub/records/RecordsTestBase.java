package io.crego.contract.stub.records;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Record;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.server.DomainModules;
import io.crego.contract.stub.store.InMemoryStore;
import io.crego.contract.stub.store.Store;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh store with one company holding a bank and an account, and the records handlers. */
abstract class RecordsTestBase {

  static final String ACME = "acme";
  static final String GLOBEX = "globex";

  /** The business date of the harness's clock (17 June 2024), for loans with EMIs due. */
  static final LocalDate BUSINESS_DATE = LocalDate.of(2024, 6, 17);

  private static final AtomicInteger UTRS = new AtomicInteger(100_000);

  Store store;
  HandlerHarness api;
  Given given;
  Bank bank;
  Account account;

  @BeforeEach
  void setUpCompany() {
    store = openStore();
    api = new HandlerHarness(DomainModules.domainHandlers(store, CregoSpec.get()));
    given = new Given(store, ACME);
    bank = given.bank();
    account = given.account();
  }

  /** The store under test: in memory here; a subclass may run the same tests on another. */
  Store openStore() {
    return new InMemoryStore();
  }

  @AfterEach
  void closeStore() {
    if (store != null) { // null when the store under test is not there (no PostgreSQL server)
      store.close();
    }
  }

  static String utr() {
    return "HDFCN" + UTRS.incrementAndGet();
  }

  /**
   * Create Record on the account; {@code extraFields} may give its own {@code date} (a body with a
   * key twice is malformed), else the record is dated 17 June 2024.
   */
  Exchange create(Account on, String receivedAmount, String extraFields) {
    String date = extraFields.contains("\"date\"") ? "" : ", \"date\": 1718610125";
    String extra = extraFields.isEmpty() ? "" : ", " + extraFields;
    return api.call(ACME, OperationIds.CREATE_RECORD)
        .body(
            "{\"account_id\": \""
                + on.getId()
                + "\", \"received_amount\": "
                + receivedAmount
                + date
                + extra
                + "}")
        .send();
  }

  String pending(String receivedAmount) {
    return create(account, receivedAmount, "\"payment_mode\": \"neft\"").expect(201).id();
  }

  Exchange markProcessed(String recordId, String utr) {
    return api.call(ACME, OperationIds.MARK_RECORD_PROCESSED)
        .id(recordId)
        .body(
            "{\"utr\": \""
                + utr
                + "\", \"settled_at\": 1718649000, \"collection_bank_id\": \""
                + bank.getId()
                + "\"}")
        .send();
  }

  Exchange nachAnswer(String recordId, String status) {
    return api.call(ACME, OperationIds.UPDATE_NACH_PRESENTATION_STATUS)
        .id(recordId)
        .body("{\"status\": \"" + status + "\", \"bounce_reason\": \"Insufficient funds\"}")
        .send();
  }

  Record stored(String recordId) {
    return store.read(ACME, view -> view.get(Kinds.RECORDS, recordId)).orElseThrow();
  }
}
